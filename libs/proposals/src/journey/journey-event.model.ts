import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum JourneyEventKind {
  SUBMITTED = 'SUBMITTED',
  EDITED = 'EDITED',
  SUPPORT_MILESTONE = 'SUPPORT_MILESTONE',
  MERGED_INTO = 'MERGED_INTO',
  MERGED_WITH = 'MERGED_WITH',
  HIDDEN = 'HIDDEN',
  UNHIDDEN = 'UNHIDDEN',
  WITHDRAWN = 'WITHDRAWN',
  LINKED_TO_LIST = 'LINKED_TO_LIST',
  HANDED_OVER = 'HANDED_OVER',
  FOLLOW_UP = 'FOLLOW_UP',
}
registerEnumType(JourneyEventKind, {
  name: 'JourneyEventKind',
  valuesMap: {
    HIDDEN: { description: 'Moderation: visible to moderators and the author only.' },
    UNHIDDEN: { description: 'Moderation: visible to moderators and the author only.' },
    WITHDRAWN: { description: 'Visible to moderators and the author only.' },
  },
});

/**
 * One step of what became of a suggestion. Which fields are set depends on the kind; the texts
 * are the client's, in the reader's language, from the kind and these parameters.
 */
@ObjectType('JourneyEvent')
export class JourneyEventModel {
  @Field(() => JourneyEventKind)
  kind!: JourneyEventKind;

  @Field()
  occurredAt!: Date;

  @Field(() => Int, { nullable: true, description: 'SUPPORT_MILESTONE: 10, 50 or 100 supporters.' })
  supporters!: number | null;

  /** MERGED_INTO and MERGED_WITH: the other suggestion (`proposal`, resolved for the viewer). */
  otherProposalId!: string | null;

  @Field(() => String, { nullable: true, description: 'The list (LINKED_TO_LIST, HANDED_OVER, FOLLOW_UP).' })
  listSlug!: string | null;

  @Field(() => String, { nullable: true })
  listTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'HANDED_OVER: to whom.' })
  addressee!: string | null;

  @Field(() => Int, { nullable: true, description: 'The published version of the list.' })
  version!: number | null;

  @Field(() => String, { nullable: true, description: 'The list item (its id is stable across versions).' })
  itemId!: string | null;

  @Field(() => Int, { nullable: true, description: "The item's position in the list, from 1." })
  position!: number | null;

  @Field(() => String, { nullable: true, description: 'HANDED_OVER and FOLLOW_UP: the status reached.' })
  statusKey!: string | null;

  @Field(() => Int, { nullable: true, description: 'HANDED_OVER and FOLLOW_UP: progress, 0 to 100.' })
  progress!: number | null;

  @Field(() => String, { nullable: true, description: 'FOLLOW_UP: the public note, Markdown.' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'FOLLOW_UP: a public link.' })
  link!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "The item's next review date, on the item's latest HANDED_OVER or FOLLOW_UP step only.",
  })
  nextReviewAt!: Date | null;
}

export type JourneyEventData = Pick<JourneyEventModel, 'kind' | 'occurredAt'> &
  Partial<Omit<JourneyEventModel, 'kind' | 'occurredAt'>>;

export function toJourneyEventModel(data: JourneyEventData): JourneyEventModel {
  return {
    supporters: null,
    otherProposalId: null,
    listSlug: null,
    listTitle: null,
    addressee: null,
    version: null,
    itemId: null,
    position: null,
    statusKey: null,
    progress: null,
    note: null,
    link: null,
    nextReviewAt: null,
    ...data,
  };
}

/** Oldest first; one moment's steps in the order of the kinds above (submitted before edited …). */
export function sortJourney(events: readonly JourneyEventModel[]): JourneyEventModel[] {
  const rank = Object.values(JourneyEventKind);
  return [...events].sort(
    (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || rank.indexOf(a.kind) - rank.indexOf(b.kind),
  );
}
