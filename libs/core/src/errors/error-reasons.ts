import { DOMAIN_ERROR_CODES, type GraphQLErrorCode } from './graphql-error-codes';

/**
 * The one table of `extensions.reason`: a stable name for why a request failed, with the
 * `extensions.code` it comes with. Clients translate by reason (the code says only what kind of
 * failure it is); `extensions.params` carries the numbers a sentence needs, such as `{ min: 10 }`.
 * Validation reasons say what is wrong; `extensions.field` says where.
 */
export const ERROR_REASONS = {
  // The generic reason of each code, for errors no more specific reason fits: the domain error
  // kind's name, and INTERNAL for what is no domain error.
  ...DOMAIN_ERROR_CODES,
  INTERNAL: 'INTERNAL_SERVER_ERROR',

  // Validation of one field (`extensions.field`).
  TOO_SHORT: 'BAD_USER_INPUT',
  TOO_LONG: 'BAD_USER_INPUT',
  TOO_FEW: 'BAD_USER_INPUT',
  TOO_MANY: 'BAD_USER_INPUT',
  TOO_SMALL: 'BAD_USER_INPUT',
  TOO_LARGE: 'BAD_USER_INPUT',
  REQUIRED: 'BAD_USER_INPUT',
  INVALID_FORMAT: 'BAD_USER_INPUT',
  INVALID_TEXT: 'BAD_USER_INPUT',
  COMMON_PASSWORD: 'BAD_USER_INPUT',
  // Too easy to guess by the password strength estimate (zxcvbn): see docs/SECURITY.md.
  WEAK_PASSWORD: 'BAD_USER_INPUT',
  INVALID_ID: 'BAD_USER_INPUT',
  INVALID_CURSOR: 'BAD_USER_INPUT',
  IN_THE_FUTURE: 'BAD_USER_INPUT',
  UNKNOWN_SECTOR: 'BAD_USER_INPUT',
  // The request itself: GraphQL syntax, unknown fields, wrong variable types, query limits.
  INVALID_REQUEST: 'BAD_USER_INPUT',
  QUERY_TOO_LARGE: 'BAD_USER_INPUT',
  // Pairwise answers: a token comparePair cannot use.
  INVALID_PAIR_TOKEN: 'BAD_USER_INPUT',
  PAIR_EXPIRED: 'BAD_USER_INPUT',
  // A link from a mail (verification, password reset, unsubscribe) that is unknown, used or expired.
  INVALID_TOKEN: 'BAD_USER_INPUT',
  // The current password given to confirm a change of password, address or a deletion.
  WRONG_PASSWORD: 'BAD_USER_INPUT',

  INVALID_CREDENTIALS: 'UNAUTHENTICATED',
  ACCOUNT_BLOCKED: 'UNAUTHENTICATED',
  SESSION_EXPIRED: 'UNAUTHENTICATED',

  ROLE_REQUIRED: 'FORBIDDEN',
  NOT_AUTHOR: 'FORBIDDEN',
  NOT_PUBLISHED: 'FORBIDDEN',
  EDIT_WINDOW_CLOSED: 'FORBIDDEN',
  EDIT_VOTES_REACHED: 'FORBIDDEN',
  OWN_SUGGESTION: 'FORBIDDEN',
  OWN_ACCOUNT: 'FORBIDDEN',
  NOT_YOUR_PAIR: 'FORBIDDEN',
  OWN_COMMENT: 'FORBIDDEN',
  // Votes only on a published comment (not hidden, not deleted).
  COMMENT_NOT_PUBLISHED: 'FORBIDDEN',
  // Comments on a suggestion that is hidden, withdrawn or merged.
  COMMENTS_CLOSED: 'FORBIDDEN',
  // A reply to a comment that moderation hid.
  COMMENT_HIDDEN: 'FORBIDDEN',
  // A comment can be edited for `minutes` after it was written.
  COMMENT_EDIT_WINDOW_CLOSED: 'FORBIDDEN',

  NO_PAIR_LEFT: 'NOT_FOUND',

  ALREADY_EXISTS: 'CONFLICT',
  EMAIL_TAKEN: 'CONFLICT',
  SLUG_TAKEN: 'CONFLICT',
  ALREADY_FLAGGED: 'CONFLICT',
  CHANGED_MEANWHILE: 'CONFLICT',
  // Moderation of a comment that has no text left, or unhiding one that is not hidden.
  COMMENT_DELETED: 'CONFLICT',
  COMMENT_NOT_HIDDEN: 'CONFLICT',

  DATABASE_BUSY: 'UNAVAILABLE',
  CLUSTERING_TOO_LARGE: 'UNAVAILABLE',
} as const satisfies Record<string, GraphQLErrorCode>;

export type ErrorReason = keyof typeof ERROR_REASONS;

/**
 * The numbers (`extensions.params`) each reason always comes with, which its translated sentences
 * use; a reason not named here comes without.
 */
export const REASON_PARAMS = {
  TOO_SHORT: ['min'],
  TOO_LONG: ['max'],
  TOO_FEW: ['min'],
  TOO_MANY: ['max'],
  TOO_SMALL: ['min'],
  TOO_LARGE: ['max'],
  EDIT_WINDOW_CLOSED: ['days'],
  EDIT_VOTES_REACHED: ['max'],
  COMMENT_EDIT_WINDOW_CLOSED: ['minutes'],
} as const satisfies Partial<Record<ErrorReason, readonly string[]>>;

/** Numbers a translated sentence needs (`{ min: 10 }`); nothing else, so nothing private leaks. */
export type ErrorParams = Readonly<Record<string, number>>;
