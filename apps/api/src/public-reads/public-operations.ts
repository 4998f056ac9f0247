import { Kind, OperationTypeNode, parse, type ParseOptions } from 'graphql';
import { sha256Hex } from './persisted-queries';

/**
 * The web client's queries that anonymous readers send and whose answers are the same for every
 * anonymous reader in one language: the cache holds these and nothing else. A document named like
 * one of them but asking for something else is harmless: the answer of an anonymous request is
 * public by definition, and each distinct document is its own entry.
 */
export const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set([
  'Comments',
  'FollowUpStatuses',
  'Home',
  'Limits',
  'List',
  'ListFollowUpStatistics',
  'ListThemes',
  'ListVersion',
  'Lists',
  'Proposal',
  'ProposalJourney',
  'ProposalThemes',
  'Proposals',
  'Sectors',
  'Statistics',
  'ThreadReplies',
]);

/** A document as the cache needs it: its hash and the type of each named operation. */
export interface DescribedDocument {
  hash: string;
  operations: ReadonlyMap<string, OperationTypeNode>;
}

/**
 * Documents seen, by their text (bounded, least recently used out): parsing is paid once per
 * document, not per request. A document that does not parse is described as having no operation
 * (Apollo then answers the syntax error).
 */
export class DocumentDescriptions {
  private readonly documents = new Map<string, DescribedDocument>();

  constructor(
    private readonly capacity: number,
    private readonly parseOptions: ParseOptions,
  ) {}

  describe(query: string): DescribedDocument {
    const known = this.documents.get(query);
    if (known !== undefined) {
      this.documents.delete(query);
      this.documents.set(query, known);
      return known;
    }
    const described = { hash: sha256Hex(query), operations: operationsOf(query, this.parseOptions) };
    this.documents.set(query, described);
    if (this.documents.size > this.capacity) {
      const oldest = this.documents.keys().next();
      if (oldest.done !== true) this.documents.delete(oldest.value);
    }
    return described;
  }
}

function operationsOf(query: string, parseOptions: ParseOptions): Map<string, OperationTypeNode> {
  const operations = new Map<string, OperationTypeNode>();
  try {
    for (const definition of parse(query, parseOptions).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) {
        // An anonymous operation is never public (the allow-list names them); '' stands for it.
        operations.set(definition.name?.value ?? '', definition.operation);
      }
    }
  } catch {
    operations.clear();
  }
  return operations;
}

/**
 * The name of the public query that a request runs, or null: the named operation (or the only
 * one), when it is a query on the allow-list.
 */
export function publicQueryName(document: DescribedDocument, operationName: unknown): string | null {
  let name: string | undefined;
  if (typeof operationName === 'string' && operationName !== '') {
    name = operationName;
  } else if (document.operations.size === 1) {
    name = document.operations.keys().next().value;
  }
  if (name === undefined || !PUBLIC_OPERATIONS.has(name)) return null;
  return document.operations.get(name) === OperationTypeNode.QUERY ? name : null;
}
