import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
import type { Plugin } from 'vite';

/** `graphql(`…`)` with a plain template (codegen reads the same calls; it allows no `${}` either). */
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function spreadNames(node: DefinitionNode): Set<string> {
  const names = new Set<string>();
  visit(node, {
    FragmentSpread(spread) {
      names.add(spread.name.value);
    },
  });
  return names;
}

/**
 * Replaces each `graphql(`…`)` of the web client's sources with the document as a compact string:
 * its own definitions and the fragments they spread. urql parses a string document once, on first
 * use. Without this, codegen's `graphql()` looks documents up in one map of every document of the
 * client (apps/web/src/gql), which lands whole in the chunk every page loads; with it, each page's
 * chunk holds its own documents only. Types still come from codegen's overloads, and the build
 * fails on a document that does not parse or spreads a fragment that no source defines.
 */
export function inlineGraphQLDocuments(sourceRoot: string): Plugin {
  const fragments = new Map<string, FragmentDefinitionNode>();

  function withFragments(document: DocumentNode): DocumentNode {
    const definitions = [...document.definitions];
    const included = new Set(
      definitions.flatMap((definition) =>
        definition.kind === Kind.FRAGMENT_DEFINITION ? [definition.name.value] : [],
      ),
    );
    // Grows while it is walked: a fragment added may spread others.
    for (const definition of definitions) {
      for (const name of spreadNames(definition)) {
        if (included.has(name)) continue;
        const fragment = fragments.get(name);
        if (fragment === undefined) throw new Error(`GraphQL fragment ${name} is spread but defined nowhere`);
        included.add(name);
        definitions.push(fragment);
      }
    }
    return { ...document, definitions };
  }

  return {
    name: 'inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      fragments.clear();
      for (const file of sourceFiles(sourceRoot)) {
        for (const [, source = ''] of readFileSync(file, 'utf8').matchAll(GRAPHQL_CALL)) {
          for (const definition of parse(source).definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments.set(definition.name.value, definition);
          }
        }
      }
    },
    transform(code, id) {
      const path = relative(sourceRoot, id);
      if (path.startsWith('..') || path.startsWith(`gql${sep}`) || !/\.tsx?$/.test(path)) return null;
      if (!code.includes('graphql(')) return null;
      const inlined = code.replace(GRAPHQL_CALL, (_call, source: string) =>
        JSON.stringify(stripIgnoredCharacters(print(withFragments(parse(source))))),
      );
      return inlined === code ? null : { code: inlined, map: null };
    },
  };
}
