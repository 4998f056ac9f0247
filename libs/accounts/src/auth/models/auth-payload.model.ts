import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../users/models/user.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'JWT for `Authorization: Bearer`, valid for 15 minutes.' })
  accessToken!: string;

  @Field({ description: 'Exchange it with `refresh` for new tokens; each one works once.' })
  refreshToken!: string;

  @Field(() => UserModel)
  user!: UserModel;
}
