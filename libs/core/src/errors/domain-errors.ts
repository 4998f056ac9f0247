import type { ERROR_REASONS, ErrorParams, ErrorReason } from './error-reasons';
import type { GraphQLErrorCode } from './graphql-error-codes';

/** The reasons that come with one code: a ForbiddenError cannot carry a reason of CONFLICT. */
export type ReasonOf<Code extends GraphQLErrorCode> = {
  [Reason in ErrorReason]: (typeof ERROR_REASONS)[Reason] extends Code ? Reason : never;
}[ErrorReason];

/**
 * Errors that domain code throws on purpose. Each kind maps to exactly one GraphQL error code
 * in `graphql-error-codes.ts`, and each error carries a reason of that code (`error-reasons.ts`);
 * anything that is not a DomainError is treated as unexpected.
 */
export type DomainErrorKind =
  | 'INVALID_INPUT'
  | 'NOT_AUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  /** Extra, safe-to-show details for clients (for example the offending input field). */
  readonly details: Record<string, unknown>;

  constructor(
    message: string,
    /** Why, for clients to translate (`extensions.reason`). */
    readonly reason: ErrorReason,
    /** The numbers the reason's sentence needs (`extensions.params`). */
    readonly params: ErrorParams = {},
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

export class InvalidInputError extends DomainError {
  readonly kind = 'INVALID_INPUT';
  constructor(
    message: string,
    readonly field?: string,
    reason: ReasonOf<'BAD_USER_INPUT'> = 'INVALID_INPUT',
    params?: ErrorParams,
  ) {
    super(message, reason, params, field === undefined ? {} : { field });
  }
}

export class NotAuthenticatedError extends DomainError {
  readonly kind = 'NOT_AUTHENTICATED';
  constructor(
    message = 'You must be signed in to do this.',
    reason: ReasonOf<'UNAUTHENTICATED'> = 'NOT_AUTHENTICATED',
  ) {
    super(message, reason);
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = 'FORBIDDEN';
  constructor(
    message = 'You are not allowed to do this.',
    reason: ReasonOf<'FORBIDDEN'> = 'FORBIDDEN',
    params?: ErrorParams,
  ) {
    super(message, reason, params);
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'NOT_FOUND';
  constructor(entity: string, id?: string, reason: ReasonOf<'NOT_FOUND'> = 'NOT_FOUND', message?: string) {
    super(
      message ?? (id === undefined ? `${entity} not found.` : `${entity} ${id} not found.`),
      reason,
      {},
      { entity },
    );
  }
}

export class ConflictError extends DomainError {
  readonly kind = 'CONFLICT';
  constructor(message: string, reason: ReasonOf<'CONFLICT'> = 'CONFLICT') {
    super(message, reason);
  }
}

export class RateLimitedError extends DomainError {
  readonly kind = 'RATE_LIMITED';
  constructor(retryAfterSeconds: number) {
    super(
      `Too many requests; try again in ${retryAfterSeconds} seconds.`,
      'RATE_LIMITED',
      { retryAfterSeconds },
      { retryAfterSeconds },
    );
  }
}

export class UnavailableError extends DomainError {
  readonly kind = 'UNAVAILABLE';
  constructor(
    message = 'The service is temporarily unavailable; try again shortly.',
    reason: ReasonOf<'UNAVAILABLE'> = 'UNAVAILABLE',
  ) {
    super(message, reason);
  }
}
