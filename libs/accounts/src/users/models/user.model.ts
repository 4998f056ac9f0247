import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType, LANGUAGE_ENUM_OF, LanguageEnum } from '@app/core';
import { Role } from '../../roles';
import type { User } from '../user.schema';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Visible to the user themself and to admins only.' })
  email!: string | null;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Company or organisation the user speaks for.' })
  organization!: string | null;

  @Field(() => String, { nullable: true })
  sector!: string | null;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => LanguageEnum, {
    nullable: true,
    description: 'The language of mail to the user; visible to the user themself and to admins only.',
  })
  language!: LanguageEnum | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the user confirmed their email address (null: not yet); visible to the user themself and to admins only.',
  })
  emailVerifiedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Set while the user is blocked; visible to admins only.',
  })
  blockedAt!: Date | null;

  @Field()
  createdAt!: Date;

  /** Kept for the visibility checks of `email` and `blockedAt`. */
  record!: User;
}

export function toUserModel(user: User): UserModel {
  return {
    id: user._id.toHexString(),
    email: user.email,
    displayName: user.displayName,
    organization: user.organization,
    sector: user.sector,
    roles: user.roles,
    language: LANGUAGE_ENUM_OF[user.language],
    emailVerifiedAt: user.emailVerifiedAt,
    blockedAt: user.blockedAt,
    createdAt: user.createdAt,
    record: user,
  };
}

@ObjectType('UserConnection')
export class UserConnection extends ConnectionType(UserModel, 'User') {}
