import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccountsModule } from '@app/accounts';
import { DiscussionModule } from '@app/discussion';
import { ProposalsModule } from '@app/proposals';
import { ACCOUNT_DELETION_MODEL, accountDeletionSchema } from './account-deletion.schema';
import { PersonalDataRepository } from './personal-data.repository';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

/** A copy of one's data and erasure, across every library that stores something about a person. */
@Module({
  imports: [
    AccountsModule,
    ProposalsModule,
    DiscussionModule,
    MongooseModule.forFeature([{ name: ACCOUNT_DELETION_MODEL, schema: accountDeletionSchema }]),
  ],
  providers: [PersonalDataRepository, PrivacyResolver, PrivacyService],
  exports: [PrivacyService],
})
export class PrivacyModule {}
