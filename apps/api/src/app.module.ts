import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { AccountsModule, JwtAuthGuard, RolesGuard } from '@app/accounts';
import { type AppConfig, appConfigModule } from '@app/core';
import { CurationModule } from '@app/curation';
import { DiscussionModule } from '@app/discussion';
import { ClusterModule, DatabaseModule } from '@app/database';
import { findProjectRoot } from '@app/embedded';
import { EventsModule } from '@app/events';
import { MailModule } from '@app/mail';
import { NotificationsModule } from '@app/notifications';
import { PrivacyModule } from '@app/privacy';
import { ProposalsModule } from '@app/proposals';
import { WorkbenchModule } from '@app/workbench';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { graphqlOptions } from './graphql/graphql-options';
import { GraphQLWebSocket } from './graphql/graphql-websocket';
import { HealthController } from './health/health.controller';
import { type LogDestination, loggerOptions } from './logger-options';
import { SchemaFile } from './schema/schema-file';
import { StatusResolver } from './status/status.resolver';
import { GqlThrottlerGuard, UserThrottlerGuard } from './throttling/gql-throttler.guard';
import { throttlerOptions } from './throttling/throttler-options';

/** The built web client (dist/web), served at / with history-API fallback, when it was built. */
function webClient(): DynamicModule[] {
  const rootPath = join(findProjectRoot(), 'dist', 'web');
  if (!existsSync(join(rootPath, 'index.html'))) {
    return [];
  }
  return [
    ServeStaticModule.forRoot({
      rootPath,
      exclude: ['/graphql{*path}', '/health{*path}', '/export{*path}', '/mail{*path}'],
    }),
  ];
}

/** Environment variables that replace those of the process, for tests and tools. */
export type EnvOverrides = Record<string, string | undefined>;

export interface AppModuleOptions {
  /** Where logs go: the CLI keeps stdout for its own output. */
  logDestination?: LogDestination;
}

@Module({})
export class AppModule {
  static forRoot(overrides: EnvOverrides = {}, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        appConfigModule(() => ({ ...process.env, ...overrides })),
        LoggerModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<AppConfig, true>) =>
            loggerOptions({
              nodeEnv: config.get('NODE_ENV', { infer: true }),
              level: config.get('LOG_LEVEL', { infer: true }),
              destination: options.logDestination ?? 'stdout',
            }),
        }),
        DatabaseModule,
        ClusterModule,
        EventsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ConfigService],
          useFactory: (config: ConfigService<AppConfig, true>) =>
            graphqlOptions({
              NODE_ENV: config.get('NODE_ENV', { infer: true }),
            }),
        }),
        ...webClient(),
        TerminusModule.forRoot({ logger: false }),
        ThrottlerModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<AppConfig, true>) =>
            throttlerOptions({
              THROTTLE_MUTATIONS_PER_USER: config.get('THROTTLE_MUTATIONS_PER_USER', { infer: true }),
              THROTTLE_VOTES_PER_USER: config.get('THROTTLE_VOTES_PER_USER', { infer: true }),
              THROTTLE_MUTATIONS_PER_IP: config.get('THROTTLE_MUTATIONS_PER_IP', { infer: true }),
            }),
        }),
        MailModule,
        AccountsModule,
        ProposalsModule,
        CurationModule,
        NotificationsModule,
        WorkbenchModule,
        DiscussionModule,
        PrivacyModule,
      ],
      controllers: [HealthController],
      providers: [
        // Order matters: throttle per IP and email first, then identify the user, throttle per
        // user, then check roles.
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_GUARD, useClass: GqlThrottlerGuard },
        { provide: APP_GUARD, useExisting: JwtAuthGuard },
        { provide: APP_GUARD, useClass: UserThrottlerGuard },
        { provide: APP_GUARD, useExisting: RolesGuard },
        StatusResolver,
        SchemaFile,
        GraphQLWebSocket,
      ],
      exports: [SchemaFile],
    };
  }
}
