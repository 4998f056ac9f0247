import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { CurationModule } from '@app/curation';
import { DiscussionModule } from '@app/discussion';
import { ProposalsModule } from '@app/proposals';
import { DemoDataLoader } from './demo-data-loader';

/** The demo data loader, for `seed:demo` and for the API's start-up under `npm start`. */
@Module({
  imports: [AccountsModule, ProposalsModule, CurationModule, DiscussionModule],
  providers: [DemoDataLoader],
  exports: [DemoDataLoader],
})
export class DemoDataModule {}
