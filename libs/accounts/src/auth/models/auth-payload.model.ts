import { Field, ObjectType } from '@nestjs/graphql';
import { toUserModel, UserModel } from '../../users/models/user.model';
import type { Session } from '../auth.service';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'JWT for `Authorization: Bearer`, valid for 15 minutes.' })
  accessToken!: string;

  @Field({ description: 'Exchange it with `refresh` for new tokens; each one works once.' })
  refreshToken!: string;

  @Field(() => UserModel)
  user!: UserModel;
}

export function toAuthPayload(session: Session): AuthPayloadModel {
  return {
    accessToken: session.accessToken,
    refreshToken: session.refreshToken,
    user: toUserModel(session.user),
  };
}
