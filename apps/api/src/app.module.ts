import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
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
import { EventsModule } from '@app/events';
import { MailModule } from '@app/mail';
import { Metrics, MetricsModule } from '@app/metrics';
import { NotificationsModule } from '@app/notifications';
import { PrivacyModule } from '@app/privacy';
import { StatisticsModule } from '@app/statistics';
import { ProposalsModule } from '@app/proposals';
import { WorkbenchModule } from '@app/workbench';
import { DemoDataModule } from './demo/demo-data.module';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { graphqlOptions } from './graphql/graphql-options';
import { GraphQLWebSocket } from './graphql/graphql-websocket';
import { HealthController } from './health/health.controller';
import { type LogDestination, loggerOptions } from './logger-options';
import { MetricsController } from './metrics/metrics.controller';
import { PublicReads } from './public-reads/public-reads';
import { PublicReadsModule } from './public-reads/public-reads.module';
import { SchemaFile } from './schema/schema-file';
import { ShutdownState } from './shutdown/shutdown-state';
import { StatusResolver } from './status/status.resolver';
import { GqlThrottlerGuard, UserThrottlerGuard } from './throttling/gql-throttler.guard';
import { SharedThrottlerStorage, SharedThrottlerStorageModule } from './throttling/shared-throttler-storage';
import { throttlerOptions } from './throttling/throttler-options';
import { WebClientModule } from './web/web-client.module';

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
        MetricsModule,
        DatabaseModule,
        ClusterModule,
        EventsModule,
        PublicReadsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [MetricsModule, PublicReadsModule],
          inject: [ConfigService, Metrics, PublicReads],
          useFactory: (config: ConfigService<AppConfig, true>, metrics: Metrics, publicReads: PublicReads) =>
            graphqlOptions({ NODE_ENV: config.get('NODE_ENV', { infer: true }) }, metrics, publicReads),
        }),
        TerminusModule.forRoot({ logger: false }),
        ThrottlerModule.forRootAsync({
          imports: [SharedThrottlerStorageModule],
          inject: [ConfigService, SharedThrottlerStorage],
          useFactory: (config: ConfigService<AppConfig, true>, storage: SharedThrottlerStorage) =>
            throttlerOptions(
              {
                THROTTLE_MUTATIONS_PER_USER: config.get('THROTTLE_MUTATIONS_PER_USER', { infer: true }),
                THROTTLE_VOTES_PER_USER: config.get('THROTTLE_VOTES_PER_USER', { infer: true }),
                THROTTLE_MUTATIONS_PER_IP: config.get('THROTTLE_MUTATIONS_PER_IP', { infer: true }),
              },
              storage,
            ),
        }),
        MailModule,
        AccountsModule,
        ProposalsModule,
        CurationModule,
        NotificationsModule,
        WorkbenchModule,
        DiscussionModule,
        PrivacyModule,
        StatisticsModule,
        // For `npm start`'s demo data (main.ts); the loader does nothing until asked.
        DemoDataModule,
        // Last: its catch-all page answers only what no route above claimed.
        WebClientModule.forRoot(),
      ],
      controllers: [HealthController, MetricsController],
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
        ShutdownState,
      ],
      exports: [SchemaFile],
    };
  }
}
