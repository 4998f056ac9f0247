import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { classifyError } from '@app/core';

const logger = new Logger('GraphQL');

/**
 * Errors Apollo raised before any resolver ran (parse, validation, variable coercion) already
 * describe the client's mistake; resolver errors go through the domain error table.
 */
const APOLLO_REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const apolloCode = formatted.extensions?.code;
  if (original === error && typeof apolloCode === 'string' && APOLLO_REQUEST_ERROR_CODES.has(apolloCode)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: apolloCode } };
  }
  const classified = classifyError(original);
  if (classified.unexpected) {
    logger.error(
      { err: original, path: formatted.path },
      `Unexpected error in ${formatted.path?.join('.') ?? 'request'}`,
    );
  }
  return {
    message: classified.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { ...classified.details, code: classified.code },
  };
}
