import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, LANGUAGE_ENUM_OF, LanguageEnum } from '@app/core';
import { EDIT_VOTE_LIMIT, EDIT_WINDOW_MS, editableUntil } from '../edit-window';
import type { ProposalRecord, ProposalStatus } from '../proposal.schema';
import { ProposalStatusEnum } from './enums';

@ObjectType('Proposal')
export class ProposalModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Markdown as written; render it safely (no raw HTML).' })
  body!: string;

  @Field(() => ProposalStatusEnum)
  status!: ProposalStatusEnum;

  @Field(() => [String])
  tags!: string[];

  @Field(() => LanguageEnum)
  language!: LanguageEnum;

  @Field(() => Int)
  upvotes!: number;

  @Field(() => Int)
  downvotes!: number;

  @Field(() => Int, { description: 'Published comments (threads and replies).' })
  commentCount!: number;

  @Field(() => Int, { description: 'Published comments in favour (IN_FAVOR).' })
  commentsInFavor!: number;

  @Field(() => Int, { description: 'Published comments against (AGAINST).' })
  commentsAgainst!: number;

  @Field(() => Float, {
    description: "The proposal's value in the requested order (TOP for a single proposal).",
  })
  score!: number;

  @Field(() => ID, { nullable: true, description: 'The proposal this one was merged into.' })
  mergedInto!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: `Until when the author may edit this suggestion (while it has fewer than ${EDIT_VOTE_LIMIT} votes, at most ${EDIT_WINDOW_MS / 86_400_000} days after it was submitted); null once that window has closed or when it is not published. The same for every viewer: only the author may edit.`,
  })
  editableUntil!: Date | null;

  record!: ProposalRecord;
}

const STATUSES = {
  PUBLISHED: ProposalStatusEnum.PUBLISHED,
  HIDDEN: ProposalStatusEnum.HIDDEN,
  WITHDRAWN: ProposalStatusEnum.WITHDRAWN,
  MERGED: ProposalStatusEnum.MERGED,
} as const satisfies Record<ProposalStatus, ProposalStatusEnum>;

export function toProposalModel(record: ProposalRecord, score = record.scores.top): ProposalModel {
  return {
    id: record._id.toHexString(),
    title: record.title,
    body: record.body,
    status: STATUSES[record.status],
    tags: record.tags,
    language: LANGUAGE_ENUM_OF[record.language],
    upvotes: record.upvotes,
    downvotes: record.downvotes,
    commentCount: record.comments?.total ?? 0,
    commentsInFavor: record.comments?.inFavor ?? 0,
    commentsAgainst: record.comments?.against ?? 0,
    score,
    mergedInto: record.mergedInto?.toHexString() ?? null,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    editableUntil: editableUntil(record),
    record,
  };
}

@ObjectType('ProposalConnection')
export class ProposalConnection extends ConnectionType(ProposalModel, 'Proposal') {}
