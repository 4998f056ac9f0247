import { Field, InputType } from '@nestjs/graphql';
import { LanguageEnum } from '@app/core';

@InputType()
export class RegisterInput {
  @Field()
  email!: string;

  @Field({ description: '10 to 128 characters, not one of the most common passwords.' })
  password!: string;

  @Field({ description: 'Shown with the suggestions and votes of this user.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Company or organisation.' })
  organization?: string | null;

  @Field(() => String, { nullable: true })
  sector?: string | null;

  @Field(() => LanguageEnum, {
    nullable: true,
    description: 'The language of mail to the user; by default the language the request negotiated.',
  })
  language?: LanguageEnum | null;
}
