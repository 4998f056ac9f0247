import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { classifyError, type ErrorReason } from '@app/core';

const logger = new Logger('GraphQL');

/**
 * Errors raised before any resolver ran (by Apollo: parse, validation, variable coercion; by the
 * WebSocket transport the same, and its own refusals) already describe the client's mistake;
 * resolver errors go through the domain error table.
 */
const APOLLO_REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'TOO_MANY_REQUESTS',
]);

/** graphql-js's message ("more that" in 16.x) when a document has more tokens than `maxTokens` allows. */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] \d+ tokens\./;

/**
 * A request over one of the query limits (graphql-armor's rules, the token limit) is the client's
 * mistake: BAD_USER_INPUT. Apollo wraps armor's errors, which carry that code, as validation
 * errors (GRAPHQL_VALIDATION_FAILED) and the token limit as a parse error.
 */
function isOverQueryLimit(error: unknown, apolloCode: unknown, message: string): boolean {
  if (apolloCode === 'GRAPHQL_PARSE_FAILED') {
    return TOKEN_LIMIT_MESSAGE.test(message);
  }
  if (apolloCode !== 'GRAPHQL_VALIDATION_FAILED' || !(error instanceof GraphQLError)) {
    return false;
  }
  const cause = error.originalError;
  return cause instanceof GraphQLError && cause !== error && cause.extensions.code === 'BAD_USER_INPUT';
}

/**
 * graphql-js checks arguments against variables only when it executes a field: a nullable
 * variable may stand where a non-null argument has a default, and its null fails there.
 */
function isArgumentError(original: unknown): boolean {
  return (
    original instanceof GraphQLError &&
    original.originalError === undefined &&
    /^Argument "/.test(original.message)
  );
}

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const apolloCode = formatted.extensions?.code;
  if (original === error && isOverQueryLimit(error, apolloCode, formatted.message)) {
    return {
      message: formatted.message.replace(/^Syntax Error: /, ''),
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LARGE' satisfies ErrorReason },
    };
  }
  if (original === error && typeof apolloCode === 'string' && APOLLO_REQUEST_ERROR_CODES.has(apolloCode)) {
    const reason: ErrorReason = apolloCode === 'TOO_MANY_REQUESTS' ? 'RATE_LIMITED' : 'INVALID_REQUEST';
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: apolloCode, reason },
    };
  }
  if (isArgumentError(original)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_REQUEST' satisfies ErrorReason },
    };
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
    extensions: {
      ...classified.details,
      code: classified.code,
      reason: classified.reason,
      ...(Object.keys(classified.params).length > 0 ? { params: classified.params } : {}),
    },
  };
}

export type GraphQLErrorFormatter = (
  formatted: GraphQLFormattedError,
  error: unknown,
) => GraphQLFormattedError;

/** graphql-js's suggestions: "Did you mean "title"?", "Did you mean the enum value "HOT"?", … */
const SUGGESTION = /Did you mean [^?]*\?/g;
export const SUGGESTION_MASK = '[Suggestion hidden]';

/**
 * `formatGraphQLError`, and in production without graphql-js's suggestions of field, argument,
 * type and enum value names: they would spell out the schema that introspection hides there.
 */
export function graphqlErrorFormatter({ production }: { production: boolean }): GraphQLErrorFormatter {
  if (!production) return formatGraphQLError;
  return (formatted, error) => {
    const result = formatGraphQLError(formatted, error);
    return { ...result, message: result.message.replace(SUGGESTION, SUGGESTION_MASK) };
  };
}
