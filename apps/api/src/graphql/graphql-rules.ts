import type { ParseOptions, ValidationRule } from 'graphql';
import { type GraphQLErrorFormatter, graphqlErrorFormatter } from './format-graphql-error';
import { costCheck, type OperationCheck, QUERY_LIMITS, queryLimitRules } from './query-limits';
import { refuseNul } from './refuse-nul';

/**
 * What every GraphQL operation goes through, over HTTP (Apollo) and over WebSocket (graphql-ws):
 * defined here once, applied by `graphqlOptions` and `GraphQLWebSocket`.
 */
export interface GraphQLRules {
  /** Introspection allowed (outside production). */
  introspection: boolean;
  /** The token limit, checked while parsing. */
  parseOptions: ParseOptions;
  /** Besides graphql-js's specified rules: depth, aliases, directives. */
  validationRules: ValidationRule[];
  /** Cost and NUL, with the operation's variables, before it runs. */
  operationChecks: OperationCheck[];
  formatError: GraphQLErrorFormatter;
}

export function graphqlRules({ production }: { production: boolean }): GraphQLRules {
  return {
    introspection: !production,
    parseOptions: { maxLexicalTokens: QUERY_LIMITS.maxTokens },
    validationRules: queryLimitRules(),
    operationChecks: [costCheck(), refuseNul],
    formatError: graphqlErrorFormatter({ production }),
  };
}
