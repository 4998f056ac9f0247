import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationTypeEnum } from '../models/notification.model';

export enum MailFrequencyEnum {
  NEVER = 'NEVER',
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
}
registerEnumType(MailFrequencyEnum, {
  name: 'MailFrequency',
  description:
    'How often a kind of notification is also sent by mail: never, at once, or in one digest a day.',
});

@ObjectType('NotificationPreference')
export class NotificationPreferenceModel {
  @Field(() => NotificationTypeEnum)
  type!: NotificationTypeEnum;

  @Field(() => MailFrequencyEnum)
  email!: MailFrequencyEnum;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationTypeEnum)
  type!: NotificationTypeEnum;

  @Field(() => MailFrequencyEnum)
  email!: MailFrequencyEnum;
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], {
    description: 'The kinds to change; the others stay as they are.',
  })
  preferences!: NotificationPreferenceInput[];
}
