import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '@app/core';
import type { Metrics } from '@app/metrics';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin';
import type { PublicReads } from '../public-reads/public-reads';
import { publicReadsInvalidationPlugin } from '../public-reads/public-reads-invalidation.plugin';
import { graphqlRules } from './graphql-rules';
import { operationChecksPlugin } from './query-limits';

/**
 * Apollo over HTTP. Subscriptions go over graphql-ws, which `GraphQLWebSocket` serves with the
 * same rules (not Nest's built-in graphql-ws server: it has no message size or socket limits).
 */
export function graphqlOptions(
  config: Pick<AppConfig, 'NODE_ENV'>,
  metrics: Metrics,
  publicReads: Pick<PublicReads, 'changed'>,
): ApolloDriverConfig {
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
    // Automatic persisted queries are resolved in front of Apollo (publicReadMiddleware), which
    // hands it whole documents; Apollo's own answered a hash that does not match its query as an
    // internal error.
    persistedQueries: false,
    parseOptions: rules.parseOptions,
    validationRules: rules.validationRules,
    plugins: [
      operationChecksPlugin(rules.operationChecks),
      graphqlMetricsPlugin(metrics),
      publicReadsInvalidationPlugin(() => publicReads.changed()),
    ],
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
