import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the web client's GraphQL operations, generated from the committed schema.graphql.
 * `npm run codegen` rewrites apps/web/src/gql; `npm run codegen:check` (part of `npm test`)
 * fails when that output is out of date.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
