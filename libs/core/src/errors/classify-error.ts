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
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoServerClosedError',
  'MongoClientClosedError',
  'MongoPoolClearedError',
  'MongoPoolClosedError',
  'MongoWaitQueueTimeoutError',
  'MongoOperationTimeoutError',
]);

/** Labels the driver puts on an error when the connection it used is no longer to be trusted. */
const CONNECTIVITY_LABELS = ['ResetPool', 'InterruptInUseConnections', 'PoolRequestedRetry'];

/** Node's system error codes of a socket that broke or never connected. */
const NETWORK_SYSTEM_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTCONN',
  'EAI_AGAIN',
]);

/**
 * Whether an error, or one it wraps, comes from a database that cannot be reached. The driver
 * wraps a broken socket in errors of other names: a bulk write (insertMany, bulkWrite) throws a
 * MongoBulkWriteError that carries the network error as `errorResponse`, and other errors keep
 * the socket's system error as `cause`.
 */
export function isConnectivityError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) {
    return false;
  }
  const fields = error as {
    name?: unknown;
    code?: unknown;
    hasErrorLabel?: unknown;
    cause?: unknown;
    errorResponse?: unknown;
    errors?: unknown;
  };
  if (typeof fields.name === 'string' && CONNECTIVITY_ERRORS.has(fields.name)) {
    return true;
  }
  if (typeof fields.code === 'string' && NETWORK_SYSTEM_CODES.has(fields.code)) {
    return true;
  }
  if (typeof fields.hasErrorLabel === 'function') {
    const hasLabel = fields.hasErrorLabel as (label: string) => boolean;
    if (CONNECTIVITY_LABELS.some((label) => hasLabel.call(error, label))) {
      return true;
    }
  }
  const wrapped: unknown[] = [fields.cause, fields.errorResponse];
  if (Array.isArray(fields.errors)) wrapped.push(...(fields.errors as unknown[]));
  return wrapped.some((inner) => inner !== error && isConnectivityError(inner, depth + 1));
}

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
  if (isConnectivityError(error)) {
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
