import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
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
    blockedAt: user.blockedAt,
    createdAt: user.createdAt,
    record: user,
  };
}

@ObjectType('UserConnection')
export class UserConnection extends ConnectionType(UserModel, 'User') {}
