import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, type User, toUserModel, UserModel } from '@app/accounts';
import { NotificationTypeEnum } from '../models/notification.model';
import { NOTIFICATION_TYPES } from '../notifications.schema';
import type { MailPreferences } from './mail-frequency';
import {
  MailFrequencyEnum,
  NotificationPreferenceModel,
  NotificationPreferencesInput,
} from './preference.models';
import { PreferencesService } from './preferences.service';

function toModels(preferences: MailPreferences): NotificationPreferenceModel[] {
  return NOTIFICATION_TYPES.map((type) => ({
    type: NotificationTypeEnum[type],
    email: MailFrequencyEnum[preferences[type]],
  }));
}

@Resolver(() => UserModel)
export class PreferencesResolver {
  constructor(private readonly preferences: PreferencesService) {}

  @ResolveField(() => [NotificationPreferenceModel], {
    nullable: true,
    description: 'How each kind of notification reaches the user by mail; visible to the user themself only.',
  })
  async notificationPreferences(
    @Parent() user: UserModel,
    @CurrentUser() viewer: User | null,
  ): Promise<NotificationPreferenceModel[] | null> {
    // Not even admins: what someone reads by mail is theirs alone.
    if (viewer === null || !viewer._id.equals(user.record._id)) {
      return null;
    }
    return toModels(await this.preferences.of(viewer._id));
  }

  @Mutation(() => UserModel)
  async updateNotificationPreferences(
    @CurrentUser() user: User,
    @Args('input') input: NotificationPreferencesInput,
  ): Promise<UserModel> {
    await this.preferences.update(
      user,
      input.preferences.map((preference) => ({ type: preference.type, email: preference.email })),
    );
    return toUserModel(user);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Stops the mail an unsubscribe link (from a mail) names, without signing in; the same link works again.',
  })
  unsubscribe(@Args('token') token: string): Promise<boolean> {
    return this.preferences.unsubscribe(token);
  }
}
