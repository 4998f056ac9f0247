import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '@app/core';
import type { IncomingMessage } from 'node:http';
import { graphqlRules } from './graphql-rules';
import { operationChecksPlugin } from './query-limits';

interface ContextSource {
  req?: unknown;
  res?: unknown;
  /** graphql-ws: what the client sent with connection_init. */
  connectionParams?: Record<string, unknown>;
  extra?: { request: IncomingMessage };
}

/**
 * Operations over HTTP see the request; subscriptions over graphql-ws see a request-like object
 * with the access token from connectionParams.authorization, so the same guards apply.
 */
function graphqlContext({ req, res, connectionParams, extra }: ContextSource): {
  req: unknown;
  res?: unknown;
} {
  if (req !== undefined) {
    return { req, res };
  }
  const authorization = connectionParams?.authorization;
  const headers: Record<string, string> = {};
  if (typeof authorization === 'string') headers.authorization = authorization;
  const language = extra?.request.headers['accept-language'];
  if (language !== undefined) headers['accept-language'] = language;
  return { req: { headers, ip: extra?.request.socket.remoteAddress } };
}

export function graphqlOptions(config: Pick<AppConfig, 'NODE_ENV'>): ApolloDriverConfig {
  const development = config.NODE_ENV !== 'production';
  const rules = graphqlRules({ production: !development });
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: rules.introspection,
    // Nest's Apollo driver serves GraphiQL as the in-browser IDE in development, and no
    // landing page otherwise.
    graphiql: development,
    includeStacktraceInErrorResponses: false,
    formatError: rules.formatError,
    // Refuse requests a browser could send cross-site without a preflight (Apollo's default, stated).
    csrfPrevention: true,
    // One operation per request: a batch would multiply every limit below by its length.
    allowBatchedHttpRequests: false,
    parseOptions: rules.parseOptions,
    validationRules: rules.validationRules,
    plugins: [operationChecksPlugin(rules.operationChecks)],
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // graphql-ws bypasses Apollo's formatError: give subscription errors the same codes.
        onNext: (_context, _id, _payload, _args, result) =>
          result.errors
            ? { ...result, errors: result.errors.map((error) => rules.formatError(error.toJSON(), error)) }
            : result,
      },
    },
    context: graphqlContext,
  };
}
