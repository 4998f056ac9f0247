import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class UpsertThemeInput {
  @Field({ description: 'Identifies the theme: an existing slug renames that theme.' })
  slug!: string;

  @Field()
  nameNl!: string;

  @Field()
  nameEn!: string;
}
