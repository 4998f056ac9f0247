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
    // Nest's Apollo driver serves GraphiQL as the in-browser IDE in development, and no
    // landing page otherwise.
    graphiql: development,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
