import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Mutations whose effect on public reads may wait for the cache's max-age: votes and pair answers
 * (live counts reach readers through subscriptions), and what only the member sees. Every other
 * mutation (hiding, withdrawing, editing, publishing, follow-up, comments, account deletion...)
 * empties the cache: a new mutation is safe by default.
 */
const MUTATIONS_SHOWN_WITHIN_MAX_AGE: ReadonlySet<string> = new Set([
  'castVote',
  'comparePair',
  'follow',
  'login',
  'logout',
  'markNotificationsRead',
  'refresh',
  'retractVote',
  'unfollow',
]);

/** The root fields an operation of `document` selects (fragments spread at the root included). */
function rootFields(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition.selectionSet);
  }
  const names: string[] = [];
  const visit = (selections: readonly SelectionNode[], depth: number): void => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) names.push(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT && depth < 10)
        visit(selection.selectionSet.selections, depth + 1);
      else if (selection.kind === Kind.FRAGMENT_SPREAD && depth < 10) {
        const spread = fragments.get(selection.name.value);
        if (spread !== undefined) visit(spread.selections, depth + 1);
      }
    }
  };
  visit(operation.selectionSet.selections, 0);
  return names;
}

/**
 * Tells `changed` about every mutation that may change what anonymous readers see, after it ran
 * and before its answer is sent: the next public read is executed anew, even one that started
 * before the mutation ended (the cache stores nothing from executions that overlapped it).
 */
export function publicReadsInvalidationPlugin(changed: () => void): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ document, operation }) {
          if (operation?.operation !== OperationTypeNode.MUTATION || document === undefined) {
            return Promise.resolve();
          }
          const fields = rootFields(document, operation);
          if (fields.some((field) => !MUTATIONS_SHOWN_WITHIN_MAX_AGE.has(field))) changed();
          return Promise.resolve();
        },
      });
    },
  };
}
