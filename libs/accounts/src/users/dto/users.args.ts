import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class UsersArgs {
  @Field(() => Int, { nullable: true, description: 'At most 50; 20 when omitted.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of an email address or display name.' })
  search?: string | null;
}
