import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type User } from '@app/accounts';
import { PrivacyService } from './privacy.service';

/** The rights to a copy of one's data and to erasure (AVG/GDPR); docs/PRIVACY.md. */
@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Query(() => String, {
    description: 'Everything stored about the signed-in user, as one JSON document (docs/PRIVACY.md).',
  })
  exportMyData(@CurrentUser() user: User): Promise<string> {
    return this.privacy.exportData(user);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes the account and its personal data; suggestions stay, by "a removed member" (docs/PRIVACY.md).',
  })
  async deleteMyAccount(@CurrentUser() user: User, @Args('password') password: string): Promise<boolean> {
    await this.privacy.deleteAccount(user, password);
    return true;
  }
}
