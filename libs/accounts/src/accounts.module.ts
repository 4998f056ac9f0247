import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { MongooseModule } from '@nestjs/mongoose';
import { PassportModule } from '@nestjs/passport';
import type { AppConfig } from '@app/core';
import { MailModule } from '@app/mail';
import { ACCOUNT_TOKEN_MODEL, accountTokenSchema } from './account/account-token.schema';
import { AccountTokensRepository } from './account/account-tokens.repository';
import { AccountResolver } from './account/account.resolver';
import { AccountService } from './account/account.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { JwtAuthGuard } from './auth/guards/jwt-auth.guard';
import { RolesGuard } from './auth/guards/roles.guard';
import { JwtStrategy } from './auth/strategies/jwt.strategy';
import { LocalStrategy } from './auth/strategies/local.strategy';
import { PasswordHasher } from './passwords/password-hasher';
import {
  REFRESH_TOKEN_MODEL,
  refreshTokenSchema,
  REVOKED_FAMILY_MODEL,
  revokedFamilySchema,
} from './tokens/refresh-token.schema';
import { RefreshTokensRepository } from './tokens/refresh-tokens.repository';
import { ACCESS_TOKEN_ALGORITHM, TokenService } from './tokens/token.service';
import { SECTOR_MODEL, sectorSchema } from './sectors/sector.schema';
import { SectorsRepository } from './sectors/sectors.repository';
import { SectorsResolver } from './sectors/sectors.resolver';
import { SectorsService } from './sectors/sectors.service';
import { UserLoader } from './users/user.loader';
import { USER_MODEL, userSchema } from './users/user.schema';
import { UsersRepository } from './users/users.repository';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

@Module({
  imports: [
    MailModule,
    PassportModule.register({ session: false }),
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => ({
        // A KeyObject for the same reason as in JwtStrategy: no failed createPrivateKey per token.
        secret: createSecretKey(Buffer.from(config.get('JWT_SECRET', { infer: true }))),
        signOptions: { algorithm: ACCESS_TOKEN_ALGORITHM },
        verifyOptions: { algorithms: [ACCESS_TOKEN_ALGORITHM] },
      }),
    }),
    MongooseModule.forFeature([
      { name: USER_MODEL, schema: userSchema },
      { name: ACCOUNT_TOKEN_MODEL, schema: accountTokenSchema },
      { name: REFRESH_TOKEN_MODEL, schema: refreshTokenSchema },
      { name: REVOKED_FAMILY_MODEL, schema: revokedFamilySchema },
      { name: SECTOR_MODEL, schema: sectorSchema },
    ]),
  ],
  providers: [
    AccountResolver,
    AccountService,
    AccountTokensRepository,
    AuthResolver,
    AuthService,
    JwtAuthGuard,
    JwtStrategy,
    LocalStrategy,
    PasswordHasher,
    RefreshTokensRepository,
    RolesGuard,
    SectorsRepository,
    SectorsResolver,
    SectorsService,
    TokenService,
    UserLoader,
    UsersRepository,
    UsersResolver,
    UsersService,
  ],
  exports: [AuthService, JwtAuthGuard, RolesGuard, SectorsService, UserLoader, UsersService],
})
export class AccountsModule {}
