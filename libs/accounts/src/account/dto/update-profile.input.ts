import { Field, InputType } from '@nestjs/graphql';
import { LanguageEnum } from '@app/core';

/** What a user may change about themself; a field left out stays as it is. */
@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: '2 to 80 characters.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Company or organisation; an empty string clears it.' })
  organization?: string | null;

  @Field(() => String, { nullable: true, description: 'A slug of `sectors`; an empty string clears it.' })
  sector?: string | null;

  @Field(() => LanguageEnum, { nullable: true, description: 'The language of mail to the user.' })
  language?: LanguageEnum | null;
}
