import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequest, formatDocument, makeOperation, type OperationContext } from '@urql/core';
import { makeFetchBody } from '@urql/core/internal';
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  parse,
  print,
  stripIgnoredCharacters,
  visit,
} from 'graphql';
import { LIST_DOCUMENT, LISTS_DOCUMENT, PROPOSALS_DOCUMENT, proposalsVariables } from './warm-up-reads';

const WEB_SOURCES = join(__dirname, '..', '..', '..', 'web', 'src');
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const documents = sourceFiles(WEB_SOURCES).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(GRAPHQL_CALL)].map(([, source = '']) => parse(source)),
);
const fragments = new Map(
  documents
    .flatMap((document) => document.definitions)
    .filter(
      (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
    )
    .map((fragment) => [fragment.name.value, fragment]),
);

function spreads(node: DefinitionNode): string[] {
  const names: string[] = [];
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
}

/** The document of the web client's operation `name` as its build inlines it (inline-graphql-documents.ts). */
function webDocument(name: string): string {
  const document = documents.find((candidate) =>
    candidate.definitions.some(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name,
    ),
  );
  if (document === undefined) throw new Error(`The web client has no operation ${name}`);
  const definitions: DefinitionNode[] = [...document.definitions];
  const included = new Set<string>();
  for (const definition of definitions) {
    for (const spread of spreads(definition)) {
      const fragment = fragments.get(spread);
      if (included.has(spread) || fragment === undefined) continue;
      included.add(spread);
      definitions.push(fragment);
    }
  }
  const inlined: DocumentNode = { ...document, definitions };
  return stripIgnoredCharacters(print(inlined));
}

/** The JSON body urql (cacheExchange adds __typename, fetchExchange prints) sends for it. */
function sentBody(name: string, variables?: Record<string, unknown>): string {
  const request = createRequest(webDocument(name), variables);
  return JSON.stringify(
    makeFetchBody(
      makeOperation('query', { ...request, query: formatDocument(request.query) }, {} as OperationContext),
    ),
  );
}

describe('warm-up reads', () => {
  it('are the requests the web client sends for the public first pages', () => {
    const variables = proposalsVariables('HOT', null);
    expect(JSON.stringify({ query: PROPOSALS_DOCUMENT, operationName: 'Proposals', variables })).toBe(
      sentBody('Proposals', { sort: 'HOT', filter: { themeId: null, search: null }, first: 20, seed: 1 }),
    );
    const next = proposalsVariables('TOP', 'cursor');
    expect(JSON.stringify({ query: PROPOSALS_DOCUMENT, operationName: 'Proposals', variables: next })).toBe(
      sentBody('Proposals', {
        sort: 'TOP',
        filter: { themeId: null, search: null },
        first: 20,
        after: 'cursor',
        seed: 1,
      }),
    );
    expect(JSON.stringify({ query: LISTS_DOCUMENT, operationName: 'Lists', variables: {} })).toBe(
      sentBody('Lists'),
    );
    expect(JSON.stringify({ query: LIST_DOCUMENT, operationName: 'List', variables: { slug: 's' } })).toBe(
      sentBody('List', { slug: 's' }),
    );
  });
});
