import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { LanguageEnum } from '@app/core';
import { ProposalSortEnum, ProposalStatusEnum } from '../models/enums';

@InputType()
export class SubmitProposalInput {
  @Field({ description: '5 to 140 characters.' })
  title!: string;

  @Field({ description: 'Markdown, 20 to 10,000 characters.' })
  body!: string;

  @Field(() => ID)
  themeId!: string;

  @Field(() => [String], { nullable: true, description: 'At most 5.' })
  tags?: string[] | null;

  @Field(() => LanguageEnum)
  language!: LanguageEnum;
}

@InputType()
export class UpdateProposalInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => ID, { nullable: true })
  themeId?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => LanguageEnum, { nullable: true })
  language?: LanguageEnum | null;
}

@InputType()
export class ProposalFilter {
  @Field(() => ID, { nullable: true })
  themeId?: string | null;

  @Field(() => ProposalStatusEnum, {
    nullable: true,
    description: 'PUBLISHED when omitted; HIDDEN for moderators.',
  })
  status?: ProposalStatusEnum | null;

  @Field(() => ID, { nullable: true })
  authorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Whole words of title and body, case- and accent-insensitive; all must occur.',
  })
  search?: string | null;

  @Field(() => String, { nullable: true })
  tag?: string | null;
}

@ArgsType()
export class ProposalsArgs {
  @Field(() => ProposalSortEnum, { defaultValue: ProposalSortEnum.HOT })
  sort!: ProposalSortEnum;

  @Field(() => ProposalFilter, { nullable: true })
  filter?: ProposalFilter | null;

  @Field(() => Int, { defaultValue: 20, description: 'At most 50.' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For RANDOM: the same seed gives the same order on every page.',
  })
  seed?: number | null;
}
