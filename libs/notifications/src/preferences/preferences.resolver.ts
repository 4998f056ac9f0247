import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, type User, UserModel } from '@app/accounts';
import { UnavailableError } from '@app/core';
import { NotificationPreferenceModel, NotificationPreferencesInput } from './preference.models';

// Contract stub for issue #16: the names and types are final, the bodies are not built yet.
const notYet = (): never => {
  throw new UnavailableError('Not built yet.');
};

@Resolver(() => UserModel)
export class PreferencesResolver {
  @ResolveField(() => [NotificationPreferenceModel], {
    nullable: true,
    description: 'How each kind of notification reaches the user by mail; visible to the user themself only.',
  })
  notificationPreferences(
    @Parent() _user: UserModel,
    @CurrentUser() _viewer: User | null,
  ): NotificationPreferenceModel[] | null {
    return notYet();
  }

  @Mutation(() => UserModel)
  updateNotificationPreferences(
    @CurrentUser() _user: User,
    @Args('input') _input: NotificationPreferencesInput,
  ): UserModel {
    return notYet();
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Stops the mail an unsubscribe link (from a mail) names, without signing in; the same link works again.',
  })
  unsubscribe(@Args('token') _token: string): boolean {
    return notYet();
  }
}
