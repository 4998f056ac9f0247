import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import { LanguageEnum } from '@app/core';
import { ProposalModel } from '@app/proposals';
import type { ListItem, SuggestionSnapshot } from '../curated-list.schema';
import type { ListView } from '../curated-lists.service';

export enum CuratedListStatusEnum {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(CuratedListStatusEnum, { name: 'CuratedListStatus' });

@ObjectType('ListedSuggestion', {
  description:
    'A suggestion a list item condenses, as the version shown has it. Hidden or withdrawn suggestions keep their place, without their text for anyone but moderators and their author.',
})
export class ListedSuggestionModel {
  @Field(() => ID, { description: "The suggestion's id." })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'For a published version: the title when it was published (versions published before these were kept show the current one); for a draft: the current one. Null when withheld from you.',
  })
  title!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Like `title`: Markdown as written. Null when withheld from you.',
  })
  body!: string | null;

  @Field({
    description:
      'True when the suggestion is hidden by moderation or withdrawn now, or gone; its text is then withheld unless you moderate or wrote it.',
  })
  withheld!: boolean;

  @Field(() => ProposalModel, {
    nullable: true,
    description: 'The suggestion as it is now, with live vote counts; null when it is hidden from you.',
  })
  proposal!: ProposalModel | null;
}

@ObjectType('CuratedListItem')
export class CuratedListItemModel {
  @Field(() => ID, { description: 'Stays the same across versions, and so does its follow-up.' })
  id!: string;

  @Field(() => Int, { description: '1 for the first item.' })
  position!: number;

  @Field()
  title!: string;

  @Field({ description: 'Markdown.' })
  body!: string;

  record!: ListItem;
  /** Items of a draft have no follow-up yet. */
  published!: boolean;
  /** The linked suggestions' text at publication, by id; null for a draft. */
  snapshots!: ReadonlyMap<string, SuggestionSnapshot> | null;
}

@ObjectType('CuratedListVersion')
export class CuratedListVersionModel {
  @Field(() => Int)
  version!: number;

  @Field()
  publishedAt!: Date;
}

@ObjectType('CuratedList')
export class CuratedListModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field({ description: 'Who the list is for, such as "Minister van Financiën".' })
  addressee!: string;

  @Field(() => LanguageEnum)
  language!: LanguageEnum;

  @Field(() => CuratedListStatusEnum, {
    description: 'Of the version shown: the draft or a published version.',
  })
  status!: CuratedListStatusEnum;

  @Field(() => Int, { description: 'The version shown; for a draft, the number it gets when published.' })
  version!: number;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => [CuratedListItemModel])
  items!: CuratedListItemModel[];

  view!: ListView;
}

export function toCuratedListModel(view: ListView): CuratedListModel {
  const published = view.status === 'PUBLISHED';
  const snapshots = view.snapshots && new Map(view.snapshots.map((s) => [s.proposalId.toHexString(), s]));
  return {
    id: view.list._id.toHexString(),
    slug: view.list.slug,
    title: view.content.title,
    description: view.content.description,
    addressee: view.content.addressee,
    language: view.list.language === 'en' ? LanguageEnum.en : LanguageEnum.nl,
    status: published ? CuratedListStatusEnum.PUBLISHED : CuratedListStatusEnum.DRAFT,
    version: view.version,
    publishedAt: view.publishedAt,
    items: view.content.items.map((item, index) => ({
      id: item.id,
      position: index + 1,
      title: item.title,
      body: item.body,
      record: item,
      published,
      snapshots,
    })),
    view,
  };
}

@ObjectType('CuratedListConnection')
export class CuratedListConnection extends ConnectionType(CuratedListModel, 'CuratedList') {}

@InputType()
export class CreateCuratedListInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'Made from the title when omitted.' })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field()
  addressee!: string;

  @Field(() => LanguageEnum)
  language!: LanguageEnum;
}

@InputType()
export class CuratedListItemInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The id of an item of the draft, to keep it (and its follow-up).',
  })
  id?: string | null;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => [ID], { description: 'The suggestions this item condenses.' })
  proposalIds!: string[];
}

@InputType()
export class UpdateCuratedListDraftInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  addressee?: string | null;

  @Field(() => [CuratedListItemInput], {
    nullable: true,
    description: 'The full ordered list of items (at most 25).',
  })
  items?: CuratedListItemInput[] | null;
}

@ArgsType()
export class CuratedListsArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => CuratedListStatusEnum, {
    nullable: true,
    description: 'PUBLISHED when omitted; DRAFT for editors.',
  })
  status?: CuratedListStatusEnum | null;
}
