import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { RequestLanguage, type Language } from '@app/core';
import { AccountService } from '../account/account.service';
import type { User } from '../users/user.schema';
import { AuthService, type Session } from './auth.service';
import { AuthThrottled, CurrentUser, Public } from './decorators';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';
import { LocalAuthGuard } from './guards/local-auth.guard';
import { AuthPayloadModel, toAuthPayload } from './models/auth-payload.model';
import type { AuthenticatedRequest } from './request-context';

/** From here on this request acts as the session's user (so the payload may show their email). */
function actAs(request: AuthenticatedRequest, session: Session): AuthPayloadModel {
  request.user = session.user;
  return toAuthPayload(session);
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
  ) {}

  @Public()
  @AuthThrottled()
  @Mutation(() => AuthPayloadModel, {
    description: 'Creates a MEMBER account, signs it in and sends a mail to confirm the address.',
  })
  async register(
    @Args('input') input: RegisterInput,
    @RequestLanguage() language: Language,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<AuthPayloadModel> {
    return actAs(request, await this.account.register(input, language));
  }

  @Public()
  @AuthThrottled()
  @UseGuards(LocalAuthGuard)
  @Mutation(() => AuthPayloadModel)
  async login(@Args('input') _input: LoginInput, @CurrentUser() user: User): Promise<AuthPayloadModel> {
    return toAuthPayload(await this.auth.startSession(user));
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Exchanges a refresh token for new tokens.' })
  async refresh(
    @Args('refreshToken') refreshToken: string,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<AuthPayloadModel> {
    return actAs(request, await this.auth.refresh(refreshToken));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the sign-in this refresh token belongs to.' })
  async logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    await this.auth.logout(refreshToken);
    return true;
  }
}
