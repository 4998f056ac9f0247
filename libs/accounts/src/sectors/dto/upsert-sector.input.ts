import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class UpsertSectorInput {
  @Field({ description: 'Identifies the sector: an existing slug renames that sector.' })
  slug!: string;

  @Field()
  nameNl!: string;

  @Field()
  nameEn!: string;
}
