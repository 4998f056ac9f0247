/**
 * Errors that domain code throws on purpose. Each kind maps to exactly one GraphQL error code
 * in `graphql-error-codes.ts`; anything that is not a DomainError is treated as unexpected.
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

  constructor(message: string, details: Record<string, unknown> = {}) {
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
  ) {
    super(message, field === undefined ? {} : { field });
  }
}

export class NotAuthenticatedError extends DomainError {
  readonly kind = 'NOT_AUTHENTICATED';
  constructor(message = 'You must be signed in to do this.') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this.') {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'NOT_FOUND';
  constructor(entity: string, id?: string) {
    super(id === undefined ? `${entity} not found.` : `${entity} ${id} not found.`, { entity });
  }
}

export class ConflictError extends DomainError {
  readonly kind = 'CONFLICT';
}

export class RateLimitedError extends DomainError {
  readonly kind = 'RATE_LIMITED';
  constructor(retryAfterSeconds: number) {
    super(`Too many requests; try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
  }
}

export class UnavailableError extends DomainError {
  readonly kind = 'UNAVAILABLE';
  constructor(message = 'The service is temporarily unavailable; try again shortly.') {
    super(message);
  }
}
