import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '@app/core';
import { formatGraphQLError } from './format-graphql-error';

export function graphqlOptions(config: Pick<AppConfig, 'NODE_ENV'>): ApolloDriverConfig {
  const development = config.NODE_ENV !== 'production';
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: development,
    // Apollo Sandbox is the landing page in development; production serves no landing page.
    playground: false,
    plugins: development ? [] : [ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
