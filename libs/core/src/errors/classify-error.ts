import { HttpException } from '@nestjs/common';
import { DomainError } from './domain-errors';
import { isDuplicateKeyError } from './duplicate-key';
import type { ErrorParams, ErrorReason } from './error-reasons';
import { DOMAIN_ERROR_CODES, type GraphQLErrorCode } from './graphql-error-codes';

export interface ClientError {
  code: GraphQLErrorCode;
  reason: ErrorReason;
  params: ErrorParams;
  message: string;
  details: Record<string, unknown>;
  /** True when the error is a bug or an outage worth logging with its details. */
  unexpected: boolean;
}

export const INTERNAL_ERROR_MESSAGE = 'Internal server error.';
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is temporarily unavailable; try again shortly.';

/** Names of driver and mongoose errors that mean the database cannot be reached right now. */
const CONNECTIVITY_ERRORS = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

const HTTP_STATUS_CODES: Record<number, { code: GraphQLErrorCode; reason: ErrorReason }> = {
  400: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' },
  401: { code: 'UNAUTHENTICATED', reason: 'NOT_AUTHENTICATED' },
  403: { code: 'FORBIDDEN', reason: 'FORBIDDEN' },
  404: { code: 'NOT_FOUND', reason: 'NOT_FOUND' },
  409: { code: 'CONFLICT', reason: 'CONFLICT' },
  429: { code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED' },
  503: { code: 'UNAVAILABLE', reason: 'UNAVAILABLE' },
};

export const DATABASE_BUSY_MESSAGE = 'The database is busy; try again in a moment.';

/** FerretDB's SQLite backend gives up on a write that waited too long for another (SQLITE_BUSY). */
function isDatabaseBusy(error: unknown): boolean {
  return error instanceof Error && error.name === 'MongoServerError' && /\bSQLITE_BUSY\b/.test(error.message);
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

/**
 * Decides what a client may learn about an error thrown while resolving a request.
 * Only domain errors and a few well-known infrastructure errors keep their meaning;
 * everything else becomes a generic internal error.
 */
export function classifyError(error: unknown): ClientError {
  if (error instanceof DomainError) {
    return {
      code: DOMAIN_ERROR_CODES[error.kind],
      reason: error.reason,
      params: error.params,
      message: error.message,
      details: error.details,
      unexpected: false,
    };
  }
  if (isDuplicateKeyError(error)) {
    return {
      code: 'CONFLICT',
      reason: 'ALREADY_EXISTS',
      params: {},
      message: 'This already exists.',
      details: {},
      unexpected: false,
    };
  }
  const name = errorName(error);
  if (name !== undefined && CONNECTIVITY_ERRORS.has(name)) {
    return {
      code: 'UNAVAILABLE',
      reason: 'UNAVAILABLE',
      params: {},
      message: DATABASE_UNAVAILABLE_MESSAGE,
      details: {},
      unexpected: true,
    };
  }
  if (isDatabaseBusy(error)) {
    return {
      code: 'UNAVAILABLE',
      reason: 'DATABASE_BUSY',
      params: {},
      message: DATABASE_BUSY_MESSAGE,
      details: {},
      unexpected: true,
    };
  }
  if (error instanceof HttpException) {
    const known = HTTP_STATUS_CODES[error.getStatus()];
    if (known !== undefined) {
      return { ...known, params: {}, message: error.message, details: {}, unexpected: false };
    }
  }
  return {
    code: 'INTERNAL_SERVER_ERROR',
    reason: 'INTERNAL',
    params: {},
    message: INTERNAL_ERROR_MESSAGE,
    details: {},
    unexpected: true,
  };
}
