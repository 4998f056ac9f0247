import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';
import type { OperationCheck } from './query-limits';

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

/** Iterative: variables may be nested thousands deep (they are refused later, not here). */
function valueHasNul(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return true;
    } else if (Array.isArray(value)) {
      pending.push(...(value as unknown[]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\u0000')) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

/**
 * No text the API stores or searches may hold a NUL: PostgreSQL (FerretDB's other backend)
 * cannot store one, nor BSON in a regular expression. Refusing it here, for every argument and
 * variable, is simpler than proving every path safe.
 */
export const refuseNul: OperationCheck = ({ document, variables }) =>
  documentHasNul(document) || valueHasNul(variables)
    ? new GraphQLError(NUL_REFUSED, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } })
    : undefined;
