import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLError, parse, print, specifiedRules, validate } from 'graphql';
import ts from 'typescript';
import { QUERY_LIMITS, queryCost, queryLimitRules, withPageSizes } from './query-limits';

const ROOT = join(__dirname, '..', '..', '..', '..');
const schema = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // The generated folder repeats the documents of the source files.
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Every GraphQL document in the web client's source: string and template literals that start
 * with query/mutation/subscription, with `${CONSTANT}` parts replaced by the file's string
 * constants (as auth.tsx builds its documents from USER_FIELDS).
 */
function webClientDocuments(): { file: string; text: string }[] {
  const documents: { file: string; text: string }[] = [];
  for (const file of sourceFiles(join(ROOT, 'apps', 'web', 'src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const constants = new Map<string, string>();
    const evaluate = (node: ts.Node): string | undefined => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
      if (ts.isIdentifier(node)) return constants.get(node.text);
      if (ts.isTemplateExpression(node)) {
        let text = node.head.text;
        for (const span of node.templateSpans) {
          const part = evaluate(span.expression);
          if (part === undefined) return undefined;
          text += part + span.literal.text;
        }
        return text;
      }
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        const [left, right] = [evaluate(node.left), evaluate(node.right)];
        return left === undefined || right === undefined ? undefined : left + right;
      }
      return undefined;
    };
    const visitNode = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const value = evaluate(node.initializer);
        if (value !== undefined) constants.set(node.name.text, value);
      }
      if (
        ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateExpression(node)
      ) {
        const text = evaluate(node);
        if (text !== undefined && /^\s*(query|mutation|subscription|fragment)\b/.test(text)) {
          documents.push({ file: file.slice(ROOT.length + 1), text });
        }
        return;
      }
      ts.forEachChild(node, visitNode);
    };
    visitNode(source);
  }
  return withFragments(documents);
}

/** Operations with the fragments they spread (defined in any file) appended, as the client sends them. */
function withFragments(documents: { file: string; text: string }[]): { file: string; text: string }[] {
  const fragments = new Map(
    documents.flatMap(({ text }) => {
      const name = /^\s*fragment\s+(\w+)/.exec(text)?.[1];
      return name === undefined ? [] : [[name, text] as const];
    }),
  );
  return documents
    .filter(({ text }) => !/^\s*fragment\b/.test(text))
    .map(({ file, text }) => {
      const used = new Set<string>();
      let pending = [...text.matchAll(/\.\.\.\s*(\w+)/g)].map((match) => match[1] ?? '');
      while (pending.length > 0) {
        const name = pending.pop() ?? '';
        const fragment = fragments.get(name);
        if (fragment === undefined || used.has(name)) continue;
        used.add(name);
        pending = [...pending, ...[...fragment.matchAll(/\.\.\.\s*(\w+)/g)].map((match) => match[1] ?? '')];
      }
      return { file, text: [text, ...[...used].map((name) => fragments.get(name))].join('\n') };
    });
}

function limitErrors(query: string): readonly GraphQLError[] {
  return validate(schema, parse(query, { maxTokens: QUERY_LIMITS.maxTokens }), [
    ...specifiedRules,
    ...queryLimitRules(),
  ]);
}

describe('query limits', () => {
  const documents = webClientDocuments();

  it('finds the web client documents', () => {
    // Fails if the extraction stops seeing them (e.g. after a move to .graphql files).
    expect(documents.length).toBeGreaterThanOrEqual(25);
    expect(documents.map((d) => d.text).join('\n')).toMatch(/query Proposals\(/);
  });

  it('lets every web client document pass every limit, with room to spare', () => {
    const costs: { file: string; operation: string; cost: number }[] = [];
    for (const { file, text } of documents) {
      expect({ file, errors: limitErrors(text).map((e) => e.message) }).toEqual({ file, errors: [] });
      // The client's page sizes are at most 50 (the server's cap), which withPageSizes assumes for variables.
      const cost = queryCost(schema, parse(text), { first: 50 });
      costs.push({ file, operation: /^\s*(\w+\s*\w*)/.exec(text)![1]!, cost });
    }
    const largest = Math.max(...costs.map((c) => c.cost));
    if (process.env.SHOW_QUERY_COSTS) console.table(costs.sort((a, b) => b.cost - a.cost));
    // Margin: the costliest document the client sends stays under half the limit.
    expect(largest).toBeLessThanOrEqual(QUERY_LIMITS.maxCost / 2);
    expect(largest).toBeGreaterThan(100);
  });

  it('counts a page size given as a variable, a default or a literal, capped at 50', () => {
    const query = parse('query ($n: Int!) { proposals(first: $n) { edges { node { id } } } }');
    const small = queryCost(schema, query, { n: 2 });
    expect(queryCost(schema, query, { n: 40 })).toBe(small * 20);
    expect(queryCost(schema, query, { n: 100_000 })).toBe(small * 25);
    expect(queryCost(schema, parse('{ proposals { edges { node { id } } } }'))).toBe(small * 10);
    expect(
      queryCost(schema, parse('{ users { edges { node { id } } } }')) /
        queryCost(schema, parse('{ users(first: 1) { edges { node { id } } } }')),
    ).toBe(20);
    // The document itself is not changed.
    expect(print(withPageSizes(schema, query, { n: 7 }))).toContain('proposals(first: 7)');
    expect(print(query)).toContain('proposals(first: $n)');
  });

  it('costs a fragment about what its fields cost written inline', () => {
    const fields = 'id title upvotes theme { name } author { displayName }';
    const inline = queryCost(schema, parse(`{ proposals(first: 50) { edges { node { ${fields} } } } }`));
    const spread = queryCost(
      schema,
      parse(
        `{ proposals(first: 50) { edges { node { ...Card } } } } fragment Card on Proposal { ${fields} }`,
      ),
    );
    // graphql-armor's default counted the spread one level deeper: about twice the inline cost.
    expect(spread).toBeLessThan(inline * 1.25);
    expect(spread).toBeGreaterThanOrEqual(inline);
  });

  it('rejects a nested list bomb by cost', () => {
    const bomb = parse(`query ($n: Int!) { proposals(first: $n) { edges { node {
      includedIn { items { proposals { includedIn { items { proposals { id title body } } } } } }
      similar: author { id } } } } }`);
    expect(queryCost(schema, bomb, { n: 50 })).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });

  it('rejects documents deeper than 10, with more than 15 aliases or 10 directives', () => {
    const depth10 =
      '{ proposals { edges { node { includedIn { items { proposals { includedIn { items { proposals { id } } } } } } } } } }';
    expect(limitErrors(depth10)).toEqual([]);
    const depth11 = depth10.replace('proposals { id }', 'proposals { theme { id } }');
    expect(limitErrors(depth11)[0]?.message).toMatch(/depth limit of 10 exceeded/);

    expect(limitErrors(`{ ${Array.from({ length: 15 }, (_, i) => `a${i}: me { id }`).join(' ')} }`)).toEqual(
      [],
    );
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(limitErrors(aliases)[0]?.message).toMatch(/Aliases limit of 15 exceeded/);

    const directives = `{ themes { ${'id @include(if: true) '.repeat(11)} } }`;
    expect(limitErrors(directives)[0]?.message).toMatch(/Directives limit of 10 exceeded/);
  });

  it('stops parsing past the token limit', () => {
    const many = `{ ${'__typename '.repeat(QUERY_LIMITS.maxTokens)} }`;
    expect(() => parse(many, { maxTokens: QUERY_LIMITS.maxTokens })).toThrow(/more tha[nt] 2000 tokens/);
  });
});
