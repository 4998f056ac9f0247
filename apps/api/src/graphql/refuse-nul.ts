import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';

export const NUL_REFUSED = 'Text must not contain NUL characters (\\u0000).';

function documentHasNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\u0000')) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function valueHasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(valueHasNul);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([key, item]) => key.includes('\u0000') || valueHasNul(item));
  }
  return false;
}

/**
 * No text the API stores or searches may hold a NUL: PostgreSQL (FerretDB's other backend)
 * cannot store one, nor BSON in a regular expression. Refusing it here, for every argument and
 * variable, is simpler than proving every path safe.
 */
export function refuseNulPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          if (documentHasNul(document) || valueHasNul(request.variables)) {
            throw new GraphQLError(NUL_REFUSED, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
