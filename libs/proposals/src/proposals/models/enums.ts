import { registerEnumType } from '@nestjs/graphql';

export enum ProposalSortEnum {
  HOT = 'HOT',
  TOP = 'TOP',
  CONFIDENCE = 'CONFIDENCE',
  NEWEST = 'NEWEST',
  CONTROVERSIAL = 'CONTROVERSIAL',
  CONSENSUS = 'CONSENSUS',
  PAIRWISE = 'PAIRWISE',
  RANDOM = 'RANDOM',
}
registerEnumType(ProposalSortEnum, {
  name: 'ProposalSort',
  valuesMap: {
    HOT: { description: 'Net votes and recency (log10 of net votes + age in units of 12.5 hours).' },
    TOP: { description: 'Up votes minus down votes.' },
    CONFIDENCE: { description: 'Lower bound of the 95% Wilson interval of the share of up votes.' },
    NEWEST: { description: 'Most recently submitted first.' },
    CONTROVERSIAL: { description: 'Many votes, evenly split.' },
    CONSENSUS: {
      description:
        'Broad support across sectors (Pol.is group-aware consensus): the product over the listed sectors of (up + 1) / (up + down + 2), counting each vote in the sector its voter had when voting.',
    },
    PAIRWISE: {
      description:
        'Most often chosen in "which should the minister hear first?" pairs: the Bradley–Terry strength (score) with a prior, so few answers rank near the middle.',
    },
    RANDOM: { description: 'A shuffle that is the same on every page for the same seed.' },
  },
});

export enum ProposalStatusEnum {
  PUBLISHED = 'PUBLISHED',
  HIDDEN = 'HIDDEN',
  WITHDRAWN = 'WITHDRAWN',
  MERGED = 'MERGED',
}
registerEnumType(ProposalStatusEnum, { name: 'ProposalStatus' });

export enum VoteValueEnum {
  UP = 'UP',
  DOWN = 'DOWN',
}
registerEnumType(VoteValueEnum, { name: 'VoteValue' });

export enum AuditActionEnum {
  HIDE = 'HIDE',
  UNHIDE = 'UNHIDE',
  AUTO_HIDE = 'AUTO_HIDE',
  MERGE = 'MERGE',
  CLEAR_FLAGS = 'CLEAR_FLAGS',
  HIDE_COMMENT = 'HIDE_COMMENT',
  UNHIDE_COMMENT = 'UNHIDE_COMMENT',
  AUTO_HIDE_COMMENT = 'AUTO_HIDE_COMMENT',
  DELETE_COMMENT = 'DELETE_COMMENT',
}
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description:
    'What moderation did; the *_COMMENT actions concern a comment (`AuditEntry.comment`), DELETE_COMMENT only when a moderator deleted one.',
});
