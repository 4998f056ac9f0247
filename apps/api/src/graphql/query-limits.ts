import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLSchema,
  type SelectionSetNode,
  Kind,
  TypeInfo,
  type ValidationRule,
  validate,
  visit,
  visitWithTypeInfo,
  valueFromASTUntyped,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@app/core';

/**
 * Limits on the shape of a GraphQL document, checked before anything runs. Each is far above what
 * the web client sends (see query-limits.spec.ts, which checks every document it sends).
 */
export const QUERY_LIMITS = {
  /** Nesting of selections. */
  maxDepth: 10,
  /** Aliased fields in one operation (each alias is another execution of a field). */
  maxAliases: 15,
  /** Directives in one operation (`@include`/`@skip`). */
  maxDirectives: 10,
  /** Lexical tokens in one document; checked by graphql-js while parsing. */
  maxTokens: 2000,
  /**
   * graphql-armor's cost: 1 per scalar, 2 per object, ×1.5 per level of nesting, × the page size
   * (`first`/`last`) of a paged field. The costliest web client query stays under half of it (see the spec).
   */
  maxCost: 10_000,
} as const;

/**
 * Fields whose work is not in the size of their result: each occurrence adds this to the cost.
 * similarProposals compares a text of up to 10,141 characters with the suggestions' keywords:
 * three in one operation are allowed, four are not.
 */
const FIELD_COSTS: Readonly<Record<string, number>> = { similarProposals: 3_000 };

/** The most that FIELD_COSTS adds to one operation of the document, fragments included. */
function fieldCosts(document: DocumentNode): number {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition.selectionSet);
  }
  const costOf = (selectionSet: SelectionSetNode): number =>
    selectionSet.selections.reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD) {
        return (
          sum +
          (FIELD_COSTS[selection.name.value] ?? 0) +
          (selection.selectionSet ? costOf(selection.selectionSet) : 0)
        );
      }
      const nested =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : fragments.get(selection.name.value);
      return sum + (nested ? costOf(nested) : 0);
    }, 0);
  return Math.max(
    0,
    ...document.definitions.map((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION ? costOf(definition.selectionSet) : 0,
    ),
  );
}

/** Names of the arguments that say how many items a list field returns. */
const PAGE_ARGUMENTS = new Set(['first', 'last']);

function pageSize(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value)
    ? Math.min(Math.max(value, 0), MAX_PAGE_SIZE)
    : undefined;
}

function intArgument(name: string, size: number): ArgumentNode {
  return {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: name },
    value: { kind: Kind.INT, value: String(size) },
  };
}

/**
 * The document with every page size written out as the number the server will use: a variable's
 * value, the argument's default, or the server's default page size — capped like the server caps
 * it. graphql-armor's cost rule only multiplies by literal numbers, so without this a client
 * could hide `first: 50` behind a variable.
 */
export function withPageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        leave(node: FieldNode): FieldNode | undefined {
          const definition = typeInfo.getFieldDef();
          const pageArgument = definition?.args.find((arg) => PAGE_ARGUMENTS.has(arg.name));
          if (pageArgument === undefined) return undefined;
          const given = node.arguments?.find((arg) => arg.name.value === pageArgument.name);
          const fromQuery =
            given === undefined
              ? undefined
              : given.value.kind === Kind.VARIABLE
                ? variables[given.value.name.value]
                : valueFromASTUntyped(given.value);
          const size = pageSize(fromQuery) ?? pageSize(pageArgument.defaultValue) ?? DEFAULT_PAGE_SIZE;
          return {
            ...node,
            arguments: [
              ...(node.arguments ?? []).filter((arg) => arg.name.value !== pageArgument.name),
              intArgument(pageArgument.name, size),
            ],
          };
        },
      },
    }),
  );
}

/** The cost graphql-armor gives the costliest operation of `document` with these variables. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
): number {
  let cost = 0;
  const record = (_context: unknown, details: { n: number }): void => {
    cost = Math.max(cost, details.n);
  };
  validate(schema, withPageSizes(schema, document, variables), [
    costLimitRule({
      maxCost: Number.MAX_SAFE_INTEGER,
      // A fragment costs what its fields cost where it is spread: by default graphql-armor counts
      // a spread as one level deeper, so sharing a card's fields doubled a page's cost.
      flattenFragments: true,
      onAccept: [record],
      propagateOnRejection: false,
    }),
  ]);
  return cost + fieldCosts(document);
}

export const QUERY_TOO_COSTLY = (cost: number): string =>
  `Query is too expensive: cost ${Math.round(cost)} exceeds the limit of ${QUERY_LIMITS.maxCost}; ask for fewer items or fewer nested lists.`;

/** A resolved operation with the variables it came with. */
export interface OperationToCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
}

/**
 * A check of a valid operation with its variables, before it runs: the error to answer with, or
 * nothing. Both transports run the same list (Apollo through `operationChecksPlugin`).
 */
export type OperationCheck = (operation: OperationToCheck) => GraphQLError | undefined;

/** Refuses an operation whose cost, with its variables, is over the limit. */
export function costCheck(maxCost: number = QUERY_LIMITS.maxCost): OperationCheck {
  return ({ schema, document, variables }) => {
    const cost = queryCost(schema, document, variables);
    return cost > maxCost
      ? new GraphQLError(QUERY_TOO_COSTLY(cost), {
          extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
        })
      : undefined;
  };
}

/** Runs the checks once Apollo has resolved the operation; the first error refuses it. */
export function operationChecksPlugin(checks: readonly OperationCheck[]): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, schema, request }) {
          for (const check of checks) {
            const error = check({ schema, document, variables: request.variables });
            if (error !== undefined) throw error;
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * graphql-armor's depth, alias and directive rules. They report BAD_USER_INPUT errors, which
 * Apollo wraps as validation errors; the error formatter gives them back their code. Armor's cost
 * rule is replaced by `costCheck`, its token limit by graphql-js's `maxTokens` parse option
 * (armor's Apollo token plugin throws outside the parser and turns a bad document into a 500),
 * and its field suggestion masking by the error formatter, which masks every kind of suggestion
 * on every transport.
 */
export function queryLimitRules(): ValidationRule[] {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
}
