import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type User } from '@app/accounts';
import { UnavailableError } from '@app/core';

// Contract stub for issue #16: the names and types are final, the bodies are not built yet.
const notYet = (): never => {
  throw new UnavailableError('Not built yet.');
};

/** The rights to a copy of one's data and to erasure (AVG/GDPR); docs/PRIVACY.md. */
@Resolver()
export class PrivacyResolver {
  @Query(() => String, {
    description: 'Everything stored about the signed-in user, as one JSON document (docs/PRIVACY.md).',
  })
  exportMyData(@CurrentUser() _user: User): string {
    return notYet();
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes the account and its personal data; suggestions stay, by "a removed member" (docs/PRIVACY.md).',
  })
  deleteMyAccount(@CurrentUser() _user: User, @Args('password') _password: string): boolean {
    return notYet();
  }
}
