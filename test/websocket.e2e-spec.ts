import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import WebSocket from 'ws';
import { SUBSCRIPTIONS_PER_SOCKET } from '../apps/api/src/graphql/graphql-websocket';
import { QUERY_LIMITS } from '../apps/api/src/graphql/query-limits';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { startBuiltServer } from './support/built-app';
import { isAlive, waitFor } from './support/processes';
import { type ProposalView, submitProposal, themeIds, vote } from './support/proposals';
import { e2eMongoUri, startTestApp, type TestApp } from './support/test-app';

interface Message {
  id?: string;
  type: string;
  payload?: unknown;
}

interface GqlError {
  message: string;
  extensions?: { code?: string };
}

/** What one operation got back: its errors or data, whichever transport carried it. */
interface Answer {
  data?: unknown;
  errors?: GqlError[];
  /** Over WebSocket: the socket closed instead (code), or nothing came within the wait. */
  closed?: number;
  silent?: true;
}

/**
 * A raw graphql-transport-ws connection, so that a test sees every message and the close code,
 * and can send what the graphql-ws client never would.
 */
class RawSocket {
  readonly messages: Message[] = [];
  closeCode: number | undefined;
  private readonly changed = new Set<() => void>();
  private nextId = 0;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      this.messages.push(JSON.parse(data.toString()) as Message);
      this.notify();
    });
    ws.on('close', (code: number) => {
      this.closeCode = code;
      this.notify();
    });
    ws.on('error', () => undefined);
  }

  /** Opens a socket; with `init` (the default) also sends connection_init and waits for the ack. */
  static async open(
    url: string,
    {
      init = true,
      connectionParams,
      localAddress,
    }: { init?: boolean; connectionParams?: unknown; localAddress?: string } = {},
  ): Promise<RawSocket> {
    const ws = new WebSocket(url, 'graphql-transport-ws', { localAddress });
    const socket = new RawSocket(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('unexpected-response', (_request, response) =>
        reject(new Error(`upgrade refused with ${response.statusCode}`)),
      );
    });
    if (init) {
      socket.send({ type: 'connection_init', payload: connectionParams });
      await socket.until(() => socket.messages.some((m) => m.type === 'connection_ack'), 5_000);
    }
    return socket;
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Resolves true once `condition` holds, false when `ms` pass first. */
  until(condition: () => boolean, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (condition()) {
          finish(true);
        }
      };
      const finish = (result: boolean): void => {
        clearTimeout(timer);
        this.changed.delete(check);
        resolve(result);
      };
      const timer = setTimeout(() => finish(false), ms);
      this.changed.add(check);
      check();
    });
  }

  /** Subscribes and waits for the first answer to it (an error, a result) or the close of the socket. */
  async operation(query: string, variables?: Record<string, unknown>, ms = 5_000): Promise<Answer> {
    const id = String((this.nextId += 1));
    this.send({ id, type: 'subscribe', payload: { query, variables } });
    const answer = (): Message | undefined =>
      this.messages.find((m) => m.id === id && (m.type === 'error' || m.type === 'next'));
    await this.until(() => answer() !== undefined || this.closeCode !== undefined, ms);
    const message = answer();
    if (message?.type === 'error') return { errors: message.payload as GqlError[] };
    if (message?.type === 'next') return message.payload as Answer;
    return this.closeCode === undefined ? { silent: true } : { closed: this.closeCode };
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  async close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    const closed = once(this.ws, 'close');
    this.ws.close();
    await closed;
  }

  private notify(): void {
    for (const check of [...this.changed]) check();
  }
}

const SOCKETS_PER_IP = 4;
// Long enough that a 22 MB frame from a busy test process reaches the server's size check before
// the socket counts as idle (at 3 s it did not, under a load average of 13).
const IDLE_SECONDS = 6;
const NO_SUCH_ID = '000000000000000000000000';

/** The same selection on a suggestion, as a query (HTTP) and as a subscription (WebSocket). */
const overHttp = (selection: string, id = `"${NO_SUCH_ID}"`, rest = ''): string =>
  `{ proposal(id: ${id}) { ${selection} } } ${rest}`;
const overWs = (selection: string, id = `"${NO_SUCH_ID}"`, rest = ''): string =>
  `subscription { proposalVotesChanged(proposalId: ${id}) { ${selection} } } ${rest}`;

type Mode = 'development' | 'production';

interface LimitCase {
  name: string;
  http: { query: string; variables?: Record<string, unknown> };
  ws: { query: string; variables?: Record<string, unknown> };
  /** What both transports answer (an error code and message), in this mode. */
  expected: (mode: Mode) => { code: string; message: RegExp; not?: RegExp };
}

const DEEP =
  'includedIn { items { proposals { includedIn { items { proposals { includedIn { items { proposals { id } } } } } } } } }';
const LIST_BOMB_FRAGMENT =
  'fragment L on CuratedList { items { proposals { includedIn { items { proposals { id title body tags } } } } } }';

const LIMIT_CASES: LimitCase[] = [
  {
    name: 'depth',
    http: { query: overHttp(DEEP) },
    ws: { query: overWs(DEEP) },
    expected: () => ({ code: 'BAD_USER_INPUT', message: /depth limit of 10 exceeded/ }),
  },
  {
    name: 'aliases',
    http: { query: overHttp(Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ')) },
    ws: { query: overWs(Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ')) },
    expected: () => ({ code: 'BAD_USER_INPUT', message: /Aliases limit of 15 exceeded/ }),
  },
  {
    name: 'directives',
    http: { query: overHttp('id @include(if: true) '.repeat(11)) },
    ws: { query: overWs('id @include(if: true) '.repeat(11)) },
    expected: () => ({ code: 'BAD_USER_INPUT', message: /Directives limit of 10 exceeded/ }),
  },
  {
    name: 'tokens',
    http: { query: overHttp('__typename '.repeat(QUERY_LIMITS.maxTokens)) },
    ws: { query: overWs('__typename '.repeat(QUERY_LIMITS.maxTokens)) },
    expected: () => ({ code: 'BAD_USER_INPUT', message: /Document contains more tha[nt] 2000 tokens/ }),
  },
  {
    name: 'cost',
    http: { query: overHttp('includedIn { ...L } '.repeat(80), undefined, LIST_BOMB_FRAGMENT) },
    ws: { query: overWs('includedIn { ...L } '.repeat(80), undefined, LIST_BOMB_FRAGMENT) },
    expected: () => ({
      code: 'BAD_USER_INPUT',
      message: /Query is too expensive: cost \d+ exceeds the limit of 10000/,
    }),
  },
  {
    name: 'NUL in a literal',
    http: { query: overHttp('id', '"a\\u0000b"') },
    ws: { query: overWs('id', '"a\\u0000b"') },
    expected: () => ({ code: 'BAD_USER_INPUT', message: /NUL/ }),
  },
  {
    name: 'NUL in a variable',
    http: { query: 'query ($id: ID!) { proposal(id: $id) { id } }', variables: { id: 'a\u0000b' } },
    ws: {
      query: 'subscription ($id: ID!) { proposalVotesChanged(proposalId: $id) { id } }',
      variables: { id: 'a\u0000b' },
    },
    expected: () => ({ code: 'BAD_USER_INPUT', message: /NUL/ }),
  },
  {
    name: 'an operator object in an ID variable',
    http: { query: 'query ($id: ID!) { proposal(id: $id) { id } }', variables: { id: { $ne: null } } },
    ws: {
      query: 'subscription ($id: ID!) { proposalVotesChanged(proposalId: $id) { id } }',
      variables: { id: { $ne: null } },
    },
    expected: () => ({ code: 'BAD_USER_INPUT', message: /Variable "\$id" got invalid value/ }),
  },
  {
    name: 'field suggestions',
    http: { query: overHttp('titel') },
    ws: { query: overWs('titel') },
    expected: (mode) =>
      mode === 'production'
        ? {
            code: 'GRAPHQL_VALIDATION_FAILED',
            message: /Cannot query field "titel"/,
            not: /Did you mean|"title"/,
          }
        : { code: 'GRAPHQL_VALIDATION_FAILED', message: /Did you mean "title"\?/ },
  },
  {
    // Over WebSocket only a subscription runs, but the document is validated first, as over HTTP.
    name: 'enum value suggestions',
    http: { query: '{ proposals(sort: HOTT) { totalCount } }' },
    ws: { query: '{ proposals(sort: HOTT) { totalCount } }' },
    expected: (mode) =>
      mode === 'production'
        ? { code: 'GRAPHQL_VALIDATION_FAILED', message: /"HOTT" does not exist/, not: /Did you mean|"HOT"/ }
        : { code: 'GRAPHQL_VALIDATION_FAILED', message: /Did you mean the enum value "HOT"\?/ },
  },
];

function expectNoLeak(body: unknown): void {
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|\bat \S+ \(|\.[jt]s:\d+|INTERNAL_SERVER_ERROR/);
}

describe.each<Mode>(['development', 'production'])(
  'GraphQL over WebSocket (%s mode, built server)',
  (mode) => {
    let server: ChildProcessWithoutNullStreams;
    let base: string;
    let url: string;
    const sockets: RawSocket[] = [];

    const open = async (options?: Parameters<typeof RawSocket.open>[1]): Promise<RawSocket> => {
      const socket = await RawSocket.open(url, options);
      sockets.push(socket);
      return socket;
    };

    const post = async (body: {
      query: string;
      variables?: Record<string, unknown>;
    }): Promise<Answer & { status: number }> => {
      const response = await request(base).post('/graphql').send(body);
      return { status: response.status, ...(response.body as Answer) };
    };

    beforeAll(async () => {
      ({ server, url: base } = await startBuiltServer({
        NODE_ENV: mode,
        JWT_SECRET: 'w'.repeat(40),
        PUBLIC_URL: 'https://kabinet.example',
        MONGODB_URI: e2eMongoUri(),
        MONGODB_DB: `e2e_websocket_${mode}`,
        DATA_DIR: mkdtempSync(join(tmpdir(), `kabinet-ws-${mode}-`)),
        WS_SOCKETS_PER_IP: String(SOCKETS_PER_IP),
        WS_IDLE_SECONDS: String(IDLE_SECONDS),
      }));
      url = `${base.replace(/^http/, 'ws').replace('localhost', '127.0.0.1')}/graphql`;
    });

    afterEach(async () => {
      await Promise.all(sockets.splice(0).map((socket) => socket.close()));
      // Whatever the test sent, the process lives on and answers.
      expect(isAlive(server.pid!)).toBe(true);
      expect((await request(base).get('/health')).status).toBe(200);
    });

    afterAll(async () => {
      if (server.exitCode === null && server.signalCode === null) {
        const exited = once(server, 'exit');
        server.kill('SIGTERM');
        await exited;
      }
    });

    it.each(LIMIT_CASES)(
      'applies the same limit over both transports: $name',
      async ({ http, ws, expected }) => {
        const { code, message, not } = expected(mode);
        const overHttpAnswer = await post(http);
        expect(overHttpAnswer.status).toBe(400);
        const socket = await open();
        const overWsAnswer = await socket.operation(ws.query, ws.variables);
        for (const answer of [overHttpAnswer, overWsAnswer]) {
          expect(answer.data ?? undefined).toBeUndefined();
          expect(answer.errors?.[0]?.extensions?.code).toBe(code);
          expect(answer.errors?.[0]?.message).toMatch(message);
          if (not !== undefined) expect(answer.errors?.[0]?.message).not.toMatch(not);
          expectNoLeak(answer);
        }
        // An error in one operation leaves the socket open for the others.
        expect(socket.open).toBe(true);
      },
    );

    it('turns introspection off in production only, and never runs a query over WebSocket', async () => {
      const introspection = '{ __schema { queryType { name } } }';
      const overHttpAnswer = await post({ query: introspection });
      if (mode === 'production') {
        expect(overHttpAnswer.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      } else {
        expect(overHttpAnswer.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      }
      const overWsAnswer = await (await open()).operation(introspection);
      expect(overWsAnswer.data ?? undefined).toBeUndefined();
      expect(overWsAnswer.errors?.[0]?.message).toMatch(
        mode === 'production' ? /introspection (is not allowed|has been disabled)/i : /subscriptions only/,
      );
      expectNoLeak(overWsAnswer);
    });

    it('refuses queries and mutations over WebSocket with BAD_REQUEST', async () => {
      const socket = await open();
      for (const query of [
        '{ __typename }',
        'query Q { themes { id } }',
        `mutation { castVote(proposalId: "${NO_SUCH_ID}", value: UP) { id } }`,
      ]) {
        const answer = await socket.operation(query);
        expect(answer.data ?? undefined).toBeUndefined();
        expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
        expect(answer.errors?.[0]?.message).toMatch(
          /subscriptions only; send queries and mutations over HTTP/,
        );
        expectNoLeak(answer);
      }
      expect(socket.open).toBe(true);
      // Over HTTP the same mutation runs into the sign-in guard, as before.
      const overHttpAnswer = await post({
        query: `mutation { castVote(proposalId: "${NO_SUCH_ID}", value: UP) { id } }`,
      });
      expect(overHttpAnswer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('caps a message like the HTTP body: 100 kB', async () => {
      const padding = 'x'.repeat(110 * 1024);
      const document = 'subscription ($p: String) { proposalVotesChanged(proposalId: "p") { id } }';
      const overHttpAnswer = await post({ query: document, variables: { p: padding } });
      expect(overHttpAnswer.status).toBe(413);
      const socket = await open();
      expect(await socket.operation(document, { p: padding })).toEqual({ closed: 1009 });
      // Just under the limit is read (and answered as any other operation).
      const under = await (await open()).operation(document, { p: 'x'.repeat(90 * 1024) });
      expect(under.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('answers a deeply nested document with the token limit and keeps the socket', async () => {
      const socket = await open();
      const nested = `subscription { ${'a { '.repeat(12_000)}${'} '.repeat(12_000)}}`;
      const answer = await socket.operation(nested);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toMatch(/more tha[nt] 2000 tokens/);
      expect(socket.open).toBe(true);
    });

    it('closes the socket on a 22 MB document, which once exhausted the heap and killed the process', async () => {
      const socket = await open();
      expect(await socket.operation(`{ ${'__typename '.repeat(2_000_000)} }`)).toEqual({ closed: 1009 });
    });

    it(`holds at most ${SOCKETS_PER_IP} sockets per address, refusing more with 429 before the upgrade`, async () => {
      for (let i = 0; i < SOCKETS_PER_IP; i += 1) await open({ localAddress: '127.0.0.2' });
      await expect(RawSocket.open(url, { localAddress: '127.0.0.2' })).rejects.toThrow(/refused with 429/);
      // Other addresses are not affected, and a closed socket frees its place.
      await open({ localAddress: '127.0.0.3' });
      await sockets[0]!.close();
      await waitFor(
        'a place is free again',
        async () => {
          const socket = await RawSocket.open(url, { localAddress: '127.0.0.2' }).catch(() => undefined);
          if (socket !== undefined) sockets.push(socket);
          return socket !== undefined;
        },
        5_000,
      );
    });

    it('closes a socket that runs no subscription once it is idle, and keeps one that does', async () => {
      const idle = await open();
      const busy = await open();
      busy.send({ id: 'live', type: 'subscribe', payload: { query: overWs('upvotes') } });
      expect(await idle.until(() => idle.closeCode !== undefined, (IDLE_SECONDS + 3) * 1000)).toBe(true);
      expect(idle.closeCode).toBe(1000);
      expect(busy.open).toBe(true);
      expect(busy.messages.filter((m) => m.id === 'live')).toEqual([]);
      // A socket that never says connection_init is closed by graphql-ws after 3 s.
      const silent = await open({ init: false });
      expect(await silent.until(() => silent.closeCode !== undefined, 6_000)).toBe(true);
      expect(silent.closeCode).toBe(4408);
    });

    it('survives malformed graphql-ws messages: protocol errors close that socket, nothing else', async () => {
      const malformed: unknown[] = [
        'not json',
        '[]',
        'null',
        '{"type":"subscribe"}',
        { type: 'subscribe', id: 'a' },
        { type: 'subscribe', id: 'a', payload: null },
        { type: 'subscribe', id: 'a', payload: { query: 42 } },
        { type: 'subscribe', id: 'a', payload: { query: '{ __typename }', variables: 'x' } },
        { type: 'subscribe', id: 'a', payload: { query: '{ __typename }', extensions: 'x' } },
        { type: 'subscribe', id: 'a'.repeat(50_000), payload: { query: '{ __typename }' } },
        { type: 'subscribe', id: '__proto__', payload: { query: overWs('id') } },
        { type: 'connection_init' },
        { type: 'ping', payload: 'x' },
        { type: 'complete', id: 'nothing' },
        { type: 'unknown' },
        `{"type":"subscribe","id":"a","payload":{"query":"{ __typename }","variables":${'['.repeat(5_000)}${']'.repeat(5_000)}}}`,
      ];
      for (const message of malformed) {
        const socket = await open();
        socket.send(message);
        await socket.until(() => socket.closeCode !== undefined || socket.messages.length > 1, 1_000);
        // 4400 (bad request), 4429 (init twice) are the protocol's own answers; never 4500 (our error).
        expect({ message, code: socket.closeCode }).not.toEqual({ message, code: 4500 });
        for (const answer of socket.messages) expectNoLeak(answer);
        await socket.close();
      }
      // Before connection_init, a subscribe is refused with 4401; connection_init with odd params is accepted.
      const early = await open({ init: false });
      early.send({ type: 'subscribe', id: 'a', payload: { query: overWs('id') } });
      expect(await early.until(() => early.closeCode === 4401, 2_000)).toBe(true);
      // connectionParams that are no object break the protocol (4400); odd ones sign nobody in, at once.
      for (const connectionParams of ['text', 42, [1]]) {
        const socket = await open({ connectionParams });
        expect(await socket.until(() => socket.closeCode !== undefined, 2_000)).toBe(true);
        expect(socket.closeCode).toBe(4400);
      }
      for (const authorization of [42, 'x'.repeat(90_000), `Bearer ${'x'.repeat(90_000)}!`]) {
        const socket = await open({ connectionParams: { authorization } });
        const answer = await socket.operation('subscription { notificationAdded { id } }', undefined, 1_000);
        expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expectNoLeak(answer);
        await socket.close();
      }
    });
  },
);

describe('subscriptions over WebSocket (in process)', () => {
  let t: TestApp;
  let url: string;
  let member: SignedInUser;
  let proposal: ProposalView;
  const sockets: RawSocket[] = [];

  const open = async (connectionParams?: unknown): Promise<RawSocket> => {
    const socket = await RawSocket.open(url, { connectionParams });
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await startTestApp('e2e_websocket_subscriptions');
    await t.app.listen(0, '127.0.0.1');
    url = `${(await t.app.getUrl()).replace(/^http/, 'ws').replace('[::1]', '127.0.0.1')}/graphql`;
    member = await createSignedInUser(t, [], 'Lid');
    proposal = await submitProposal(t, member, {
      title: 'Eén loket voor vergunningen',
      themeId: (await themeIds(t)).talent!,
    });
  });

  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  });

  afterAll(async () => {
    await t.close();
  });

  it('signs in with connectionParams.authorization "Bearer <token>", as the HTTP header', async () => {
    const notifications = 'subscription { notificationAdded { id } }';
    expect(
      await (
        await open({ authorization: `Bearer ${member.accessToken}` })
      ).operation(notifications, {}, 1_000),
    ).toEqual({
      silent: true,
    });
    const anonymous = await (await open()).operation(notifications);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The bare token is no more accepted than in an HTTP header.
    const bare = await (await open({ authorization: member.accessToken })).operation(notifications);
    expect(bare.errors?.[0]).toMatchObject({
      message: 'The access token is invalid or has expired; refresh it or sign in again.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('answers proposalVotesChanged for an id that is no ObjectId with BAD_USER_INPUT', async () => {
    const socket = await open();
    for (const id of ['not-an-id', 'aaaaaaaaaaaa', proposal.id.toUpperCase()]) {
      const answer = await socket.operation(
        'subscription ($id: ID!) { proposalVotesChanged(proposalId: $id) { id } }',
        {
          id,
        },
      );
      expect(answer.errors?.[0]).toMatchObject({
        message: 'proposalId: is not a valid id',
        extensions: { code: 'BAD_USER_INPUT', field: 'proposalId' },
      });
    }
  });

  it('keeps the other subscriptions of a socket when one message has a syntax error', async () => {
    const socket = await open();
    socket.send({
      id: 'votes',
      type: 'subscribe',
      payload: { query: `subscription { proposalVotesChanged(proposalId: "${proposal.id}") { upvotes } }` },
    });
    const broken = await socket.operation('subscription { proposalVotesChanged(');
    expect(broken.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(broken.errors?.[0]?.message).toMatch(/^Syntax Error/);
    const voter = await createSignedInUser(t, [], 'Stemmer');
    expect((await vote(t, voter, proposal.id, 'UP')).errors).toBeUndefined();
    expect(await socket.until(() => socket.messages.some((m) => m.id === 'votes'), 5_000)).toBe(true);
    expect(socket.messages.find((m) => m.id === 'votes')).toEqual({
      id: 'votes',
      type: 'next',
      payload: { data: { proposalVotesChanged: { upvotes: 1 } } },
    });
  });

  it(`runs at most ${SUBSCRIPTIONS_PER_SOCKET} subscriptions on one socket`, async () => {
    const socket = await open();
    for (let i = 0; i < SUBSCRIPTIONS_PER_SOCKET; i += 1) {
      socket.send({
        id: `s${i}`,
        type: 'subscribe',
        payload: { query: `subscription { proposalVotesChanged(proposalId: "${proposal.id}") { id } }` },
      });
    }
    const extra = await socket.operation(
      `subscription { proposalVotesChanged(proposalId: "${proposal.id}") { id } }`,
    );
    expect(extra.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(socket.open).toBe(true);
    // Completing one makes room for another.
    socket.send({ id: 's0', type: 'complete' });
    expect(
      await socket.operation(
        `subscription { proposalVotesChanged(proposalId: "${proposal.id}") { id } }`,
        {},
        1_000,
      ),
    ).toEqual({
      silent: true,
    });
  });
});
