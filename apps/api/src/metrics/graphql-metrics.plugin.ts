import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '@app/metrics';

/**
 * Times every GraphQL request Apollo answers over HTTP, by the operation it ran, and counts the
 * errors of its response by the code clients see (after formatting).
 */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ operation, operationName, response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.observeGraphQLOperation(
            operation === undefined ? undefined : (operationName ?? ''),
            operation?.operation,
            seconds,
          );
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors !== undefined) metrics.countGraphQLErrors(errors.map((error) => error.extensions?.code));
          return Promise.resolve();
        },
      });
    },
  };
}
