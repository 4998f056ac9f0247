import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLObjectType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { Role } from '@app/accounts';
import { seededRandom } from '@app/core';
import { createSignedInUser } from './support/accounts';
import { submitProposal, themeIds } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Robustness: thousands of generated requests against the running app. Documents come from
 * schema.graphql (random selections and arguments, then mutated character by character), with
 * wrong variable types, huge strings, deep nesting, unicode, broken JSON and wrong content types,
 * with and without a valid token. Replay a failure with FUZZ_SEED=<seed printed below>.
 */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
/** Fixed by default, so CI is repeatable; FUZZ_SEED=random explores new inputs. */
const SEED =
  process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20261127);
const CONCURRENCY = 8;

class Fuzzer {
  constructor(
    private readonly random: () => number,
    private readonly schema: GraphQLSchema,
    private readonly ids: string[],
  ) {}

  int(max: number): number {
    return Math.floor(this.random() * max);
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  string(): string {
    const pieces = [
      'Minder regels',
      'financiën',
      '',
      ' ',
      '💥🇳🇱',
      'Ω≈ç√∫',
      '\u0000',
      '\u202e',
      '"\\\'',
      '{"$ne": null}',
      '$where',
      '<script>alert(1)</script>',
      '../../etc/passwd',
      'a@b.nl',
      '\ud800',
      '𝕳𝖊𝖑𝖑𝖔',
    ];
    switch (this.int(6)) {
      case 0:
        return this.pick(pieces);
      case 1:
        return this.pick(pieces).repeat(1 + this.int(200));
      case 2:
        // Now and then over the 100 kB body limit.
        return 'x'.repeat(this.chance(0.1) ? 100_000 + this.int(20_000) : this.int(5_000));
      case 3:
        return Array.from({ length: this.int(40) }, () => String.fromCodePoint(this.int(0x2ffff))).join('');
      case 4:
        return this.pick(this.ids);
      default:
        return Array.from({ length: this.int(20) }, () => this.pick(pieces)).join(' ');
    }
  }

  /** Any JSON value, often of the wrong type. */
  junk(depth = 0): unknown {
    switch (this.int(depth > 3 ? 6 : 9)) {
      case 0:
        return null;
      case 1:
        return this.chance(0.5);
      case 2:
        return this.pick([0, -1, 1.5, 2 ** 31, -(2 ** 53), 1e308, 50, 51]);
      case 3:
        return this.string();
      case 4:
        return { $ne: null };
      case 5:
        return this.pick(this.ids);
      case 6:
        return Array.from({ length: this.int(5) }, () => this.junk(depth + 1));
      case 7:
        return Object.fromEntries(
          Array.from({ length: this.int(5) }, () => [this.string().slice(0, 20), this.junk(depth + 1)]),
        );
      default: {
        let nested: unknown = 1;
        for (let i = this.int(300); i > 0; i -= 1) nested = [nested];
        return nested;
      }
    }
  }

  /** A value for an input type, usually right, sometimes not. */
  value(type: GraphQLInputType, depth = 0): unknown {
    if (this.chance(0.08) || depth > 6) return this.junk();
    if (type instanceof GraphQLNonNull) return this.value(type.ofType, depth);
    if (this.chance(0.05)) return null;
    if (type instanceof GraphQLList) {
      return Array.from({ length: this.int(4) }, () => this.value(type.ofType, depth + 1));
    }
    if (type instanceof GraphQLEnumType) return this.pick(type.getValues()).value as unknown;
    if (type instanceof GraphQLInputObjectType) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter(() => this.chance(0.8))
          .map((field) => [field.name, this.value(field.type, depth + 1)]),
      );
    }
    const scalar = type;
    switch (scalar.name) {
      case 'Int':
        return this.pick([0, 1, 5, 20, 50, 1000, -3]);
      case 'Float':
        return this.random() * 100;
      case 'Boolean':
        return this.chance(0.5);
      case 'ID':
        return this.pick(this.ids);
      case 'DateTime':
        return this.pick(['2026-11-27T12:00:00Z', 'yesterday', '9999-99-99']);
      default:
        return this.string();
    }
  }

  literal(value: unknown): string {
    if (value === null || value === undefined) return 'null';
    if (Array.isArray(value)) return `[${value.map((v) => this.literal(v)).join(', ')}]`;
    if (typeof value === 'object') {
      return `{ ${Object.entries(value)
        .map(([k, v]) => `${/^[_A-Za-z]\w*$/.test(k) ? k : 'bad'}: ${this.literal(v)}`)
        .join(', ')} }`;
    }
    if (typeof value === 'string') return JSON.stringify(value);
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : 'null';
  }

  selection(
    type: GraphQLObjectType,
    depth: number,
    variables: Record<string, unknown>,
    definitions: string[],
  ): string {
    const fields = Object.values(type.getFields());
    const chosen = fields.filter(() => this.chance(0.5 / depth));
    if (chosen.length === 0) chosen.push(this.pick(fields));
    return chosen.map((field) => this.field(field, depth, variables, definitions)).join(' ');
  }

  field(
    field: GraphQLField<unknown, unknown>,
    depth: number,
    variables: Record<string, unknown>,
    definitions: string[],
  ): string {
    const alias = this.chance(0.05) ? `a${this.int(1000)}: ` : '';
    const args = field.args
      .filter((arg) => arg.type instanceof GraphQLNonNull || this.chance(0.5))
      .map((arg) => `${arg.name}: ${this.argument(arg, variables, definitions)}`);
    const argText = args.length > 0 ? `(${args.join(', ')})` : '';
    const named = getNamedType(field.type);
    let sub = '';
    if (isObjectType(named)) {
      sub =
        depth > 12 || this.chance(0.03)
          ? ''
          : ` { ${this.selection(named, depth + 1, variables, definitions)} }`;
    } else if (isInterfaceType(named) || isUnionType(named)) {
      sub = ' { __typename }';
    }
    const directive = this.chance(0.03) ? ` @include(if: ${this.chance(0.5)})` : '';
    return `${alias}${field.name}${argText}${directive}${sub}`;
  }

  argument(arg: GraphQLArgument, variables: Record<string, unknown>, definitions: string[]): string {
    if (this.chance(0.5)) {
      const name = `v${definitions.length}`;
      const declared = this.chance(0.9)
        ? String(arg.type)
        : this.pick(['String', 'Int!', '[ID!]!', 'Boolean']);
      definitions.push(`$${name}: ${declared}`);
      if (this.chance(0.9)) variables[name] = this.value(arg.type);
      return `$${name}`;
    }
    return this.literal(this.value(arg.type));
  }

  document(): { query: string; variables: Record<string, unknown> } {
    const root = this.chance(0.6) ? this.schema.getQueryType()! : this.schema.getMutationType()!;
    const variables: Record<string, unknown> = {};
    const definitions: string[] = [];
    const body = this.selection(root, 1, variables, definitions);
    const keyword = root === this.schema.getQueryType() ? 'query' : 'mutation';
    const header = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
    return { query: `${keyword} Fuzz${header} { ${body} }`, variables };
  }

  mutate(text: string): string {
    let result = text;
    for (let n = 1 + this.int(4); n > 0; n -= 1) {
      const at = this.int(result.length + 1);
      switch (this.int(6)) {
        case 0:
          result = result.slice(0, at) + result.slice(at + 1 + this.int(10));
          break;
        case 1:
          result =
            result.slice(0, at) +
            this.pick(['{', '}', '(', ')', '$', '@', '...', '"', ':', '#', '\\u', '!']) +
            result.slice(at);
          break;
        case 2:
          result =
            result.slice(0, at) +
            result.slice(at, at + this.int(200)).repeat(1 + this.int(20)) +
            result.slice(at);
          break;
        case 3:
          result =
            result.slice(0, at) +
            String.fromCodePoint(this.int(0x10ffff)).replace(/[\ud800-\udfff]/g, '?') +
            result.slice(at);
          break;
        case 4:
          result = `${'{ a '.repeat(this.int(3000))}${result}`;
          break;
        default:
          result = result.slice(0, at) + ' fragment F on Query { ...F } ' + result.slice(at);
      }
    }
    return result;
  }
}

interface FuzzRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  kind: string;
}

/** encodeURIComponent, after replacing lone surrogates (which it refuses). */
function encode(text: string): string {
  return encodeURIComponent(
    text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '?'),
  );
}

const STACK_OR_INTERNAL =
  /\n\s+at |\bat [\w$.<>]+ \(|\/(work|home|usr|app|tmp)\/|node_modules|\.[jt]s:\d+:\d+|INTERNAL_SERVER_ERROR|Internal server error/;

describe('fuzzing the running API', () => {
  let t: TestApp;
  let base: string;
  let fuzzer: Fuzzer;
  let tokens: (string | undefined)[];

  beforeAll(async () => {
    t = await startTestApp('e2e_fuzz', {
      THROTTLE_MUTATIONS_PER_IP: '1000000',
      THROTTLE_MUTATIONS_PER_USER: '1000000',
      THROTTLE_VOTES_PER_USER: '1000000',
    });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${((t.app.getHttpServer() as Server).address() as AddressInfo).port}`;
    const member = await createSignedInUser(t);
    const admin = await createSignedInUser(t, [Role.ADMIN, Role.EDITOR, Role.MODERATOR, Role.LIAISON]);
    const themeId = Object.values(await themeIds(t))[0]!;
    const proposal = await submitProposal(t, member, { title: 'Een voorstel om te fuzzen', themeId });
    const ids = [
      proposal.id,
      themeId,
      member.user._id.toHexString(),
      '000000000000000000000000',
      'not-an-id',
      '',
    ];
    tokens = [undefined, member.accessToken, admin.accessToken, 'garbage.token.value'];
    const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
    fuzzer = new Fuzzer(seededRandom(SEED), schema, ids);
  });

  afterAll(async () => {
    await t.close();
  });

  function next(f: Fuzzer): FuzzRequest {
    const token = f.pick(tokens);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    const kind = f.int(100);
    if (kind < 45) {
      const { query, variables } = f.document();
      return {
        method: 'POST',
        path: '/graphql',
        headers,
        body: JSON.stringify({ query, variables }),
        kind: 'document',
      };
    }
    if (kind < 70) {
      const { query, variables } = f.document();
      const body = JSON.stringify({
        query: f.mutate(query),
        variables: f.chance(0.5) ? variables : f.junk(),
      });
      return { method: 'POST', path: '/graphql', headers, body, kind: 'mutated document' };
    }
    if (kind < 78) {
      const { query } = f.document();
      return {
        method: 'POST',
        path: '/graphql',
        headers,
        body: f.mutate(JSON.stringify({ query })),
        kind: 'invalid JSON',
      };
    }
    if (kind < 81) {
      // Nesting too deep to build as objects here: written out as text.
      const depth = f.int(20_000);
      const query = f.pick([
        'query ($v: [ID!]) { __typename }',
        'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      ]);
      const nested = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
      const body = `{"query": ${JSON.stringify(query)}, "variables": {"v": ${nested}, "ids": ${nested}}}`;
      return { method: 'POST', path: '/graphql', headers, body, kind: 'deep JSON' };
    }
    if (kind < 84) {
      const body = JSON.stringify(
        f.pick([
          f.junk(),
          [{ query: '{ __typename }' }],
          { query: f.junk() },
          { query: '{ me { id } }', variables: f.junk(), operationName: f.junk() },
        ]),
      );
      return { method: 'POST', path: '/graphql', headers, body, kind: 'wrong shape' };
    }
    if (kind < 90) {
      const contentType = f.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/graphql',
        'application/json; charset=latin1',
        '',
      ]);
      const { query } = f.document();
      return {
        method: 'POST',
        path: '/graphql',
        headers: { ...headers, 'content-type': contentType },
        body: JSON.stringify({ query }),
        kind: 'content type',
      };
    }
    if (kind < 95) {
      const { query } = f.document();
      const accept = f.pick(['application/json', 'text/html', '*/*', 'multipart/mixed']);
      const extra: Record<string, string> = f.chance(0.5) ? { 'apollo-require-preflight': 'true' } : {};
      return {
        method: 'GET',
        path: `/graphql?query=${encode(f.chance(0.5) ? query : f.mutate(query))}`,
        headers: { accept, ...extra },
        kind: 'GET',
      };
    }
    const path = f.pick([
      '/health',
      '/export/proposals.csv',
      `/export/lists/${encode(f.string().slice(0, 200))}.json`,
      '/%E0%A4%A',
      '/graphql/../health',
      '/nope',
      `/export/lists/x.csv?version=${encode(String(f.junk()))}`,
    ]);
    return { method: 'GET', path, headers: {}, kind: 'other path' };
  }

  it(`survives ${REQUESTS} generated requests: no 5xx, no stack trace, no internal message`, async () => {
    console.log(`fuzz: FUZZ_SEED=${SEED}, ${REQUESTS} requests`);
    const started = Date.now();
    const failures: { index: number; kind: string; status: number; request: string; response: string }[] = [];
    const statuses = new Map<number, number>();
    const kinds = new Map<string, number>();
    let sent = 0;
    const worker = async (): Promise<void> => {
      while (sent < REQUESTS) {
        const index = sent;
        sent += 1;
        const r = next(fuzzer);
        kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
        let status: number;
        let text: string;
        try {
          const response = await fetch(base + r.path, { method: r.method, headers: r.headers, body: r.body });
          status = response.status;
          text = await response.text();
        } catch (error) {
          status = 599;
          text = `request failed: ${String(error)}`;
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500 || STACK_OR_INTERNAL.test(text)) {
          failures.push({
            index,
            kind: r.kind,
            status,
            request: `${r.method} ${r.path.slice(0, 300)} ${(r.body ?? '').slice(0, 500)}`,
            response: text.slice(0, 500),
          });
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `fuzz: seed ${SEED}, ${sent} requests in ${seconds.toFixed(1)} s, ${failures.length} failures; ` +
        `statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; kinds ${JSON.stringify(Object.fromEntries(kinds))}`,
    );
    expect(sent).toBeGreaterThanOrEqual(REQUESTS);
    expect(failures.slice(0, 5)).toEqual([]);

    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
  }, 170_000);
});
