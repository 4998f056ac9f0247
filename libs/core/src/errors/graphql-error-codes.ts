import type { DomainErrorKind } from './domain-errors';

export const GRAPHQL_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type GraphQLErrorCode = (typeof GRAPHQL_ERROR_CODES)[number];

/** The one table from domain error kinds to the `extensions.code` clients see. */
export const DOMAIN_ERROR_CODES = {
  INVALID_INPUT: 'BAD_USER_INPUT',
  NOT_AUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  UNAVAILABLE: 'UNAVAILABLE',
} as const satisfies Record<DomainErrorKind, GraphQLErrorCode>;
