import { type DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { CurationModule } from '@app/curation';
import { DiscussionModule } from '@app/discussion';
import { NotificationsModule } from '@app/notifications';
import { PrivacyModule } from '@app/privacy';
import { ProposalsModule } from '@app/proposals';
import { AppModule } from '../app.module';
import { DemoDataModule } from '../demo/demo-data.module';
import { AccountFinishDeletionsCommand } from './account-finish-deletions.command';
import { MailDigestCommand } from './mail-digest.command';
import { PairwiseRefitCommand } from './pairwise-refit.command';
import { SeedDemoCommand } from './seed-demo.command';
import { SchemaCheckCommand, SchemaGenerateCommand } from './schema.commands';
import { UserCreateCommand } from './user-create.command';
import { VotesRecountCommand } from './votes-recount.command';

/** The operator CLI runs inside the same application context as the API, without HTTP. */
@Module({})
export class CliModule {
  static forRoot(): DynamicModule {
    return {
      module: CliModule,
      imports: [
        AccountsModule,
        ProposalsModule,
        CurationModule,
        DiscussionModule,
        NotificationsModule,
        PrivacyModule,
        DemoDataModule,
        AppModule.forRoot({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }, { logDestination: 'stderr' }),
      ],
      providers: [
        AccountFinishDeletionsCommand,
        MailDigestCommand,
        PairwiseRefitCommand,
        SeedDemoCommand,
        SchemaGenerateCommand,
        SchemaCheckCommand,
        UserCreateCommand,
        VotesRecountCommand,
      ],
    };
  }
}
