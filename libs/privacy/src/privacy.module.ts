import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { PrivacyResolver } from './privacy.resolver';

/** A copy of one's data and erasure, across every library that stores something about a person. */
@Module({
  imports: [AccountsModule],
  providers: [PrivacyResolver],
})
export class PrivacyModule {}
