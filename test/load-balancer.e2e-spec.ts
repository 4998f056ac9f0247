import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { getModelToken } from '@nestjs/mongoose';
import type { Client } from 'graphql-ws';
import type { Model } from 'mongoose';
import { Role } from '@app/accounts';
import type { ProposalRecord } from '@app/proposals';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { postThrough, type ServedAnswer, startBuiltServer, stopBuiltServer } from './support/built-app';
import { subscribeAt } from './support/live';
import { LoadBalancer, nginxBinary } from './support/nginx';
import { countersEqualRecount } from './support/own-database';
import { waitFor } from './support/processes';
import { type ProposalView, submitProposal, themeIds } from './support/proposals';
import { deleteKeys, redisForTests, runPrefix } from './support/redis';
import { e2eMongoUri, startTestApp, type TestApp } from './support/test-app';

const DB = 'e2e_load_balancer';
const JWT_SECRET = 'processes-behind-nginx-share-this-signing-secret';
const VOTES_PER_USER = 6;
/** Login attempts a minute per client address (AUTH_LIMIT_PER_IP in throttler-options.ts). */
const AUTH_LIMIT_PER_IP = 20;
const LIMITS = {
  THROTTLE_MUTATIONS_PER_IP: '1000000',
  THROTTLE_MUTATIONS_PER_USER: '1000000',
  THROTTLE_VOTES_PER_USER: String(VOTES_PER_USER),
};

const TYPENAME = '{ __typename }';
const AUDIT = '{ auditLog(first: 1) { edges { cursor } } }';
const SET_ROLES =
  'mutation ($id: ID!, $roles: [Role!]!) { setUserRoles(userId: $id, roles: $roles) { roles } }';
const CAST = 'mutation ($id: ID!, $value: VoteValue!) { castVote(proposalId: $id, value: $value) { id } }';
const HIDE = 'mutation ($id: ID!) { hideProposal(id: $id, reason: "Dubbel") { status } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';
const COUNTS = 'subscription ($id: ID!) { proposalVotesChanged(proposalId: $id) { id upvotes downvotes } }';
const NOTIFICATIONS = 'subscription { notificationAdded { type message } }';
const RANKED_PAGE =
  'query ($sort: ProposalSort!) { proposals(sort: $sort, first: 50) { edges { node { id } } } }';
/** The stored score each ranked order sorts on (descending, then by id). */
const RANKED_SORTS = { TOP: 'scores.top', HOT: 'scores.hot', CONFIDENCE: 'scores.confidence' } as const;

interface CountsChanged {
  proposalVotesChanged: { id: string; upvotes: number; downvotes: number };
}

interface NotificationAdded {
  notificationAdded: { type: string; message: string };
}

const codeOf = (served: ServedAnswer): string | undefined => served.answer.errors?.[0]?.extensions?.code;

const sharedRedis = redisForTests('test/load-balancer.e2e-spec.ts');
const nginx = nginxBinary();
if (nginx === undefined) {
  process.stderr.write(
    'test/load-balancer.e2e-spec.ts: skipped, nginx is missing (run `bash scripts/ensure-nginx.sh`).\n',
  );
}
const describeBehindNginx = sharedRedis === undefined || nginx === undefined ? describe.skip : describe;

describeBehindNginx('three API processes behind nginx', () => {
  const prefix = runPrefix('load-balancer-e2e');
  let t: TestApp;
  let servers: { server: ChildProcessWithoutNullStreams; url: string; log: string[] }[];
  let balancer: LoadBalancer;
  /** Every process's X-Served-By, asked of each directly. */
  let processIds: string[];
  const clients: Client[] = [];
  let themeId: string;
  let author: SignedInUser;
  let proposals: ProposalView[];

  /** Posts through nginx, round robin over the three processes. */
  const post = (
    query: string,
    variables: object = {},
    options: Parameters<typeof postThrough>[3] = {},
  ): Promise<ServedAnswer> => postThrough(balancer.url, query, variables, options);

  beforeAll(async () => {
    t = await startTestApp(DB, { JWT_SECRET, REDIS_URL: sharedRedis, REDIS_KEY_PREFIX: prefix, ...LIMITS });
    themeId = Object.values(await themeIds(t))[0]!;
    author = await createSignedInUser(t);
    proposals = [];
    for (let index = 0; index < 6; index += 1) {
      proposals.push(await submitProposal(t, author, { title: `Verdeeld voorstel ${index + 1}`, themeId }));
    }
    servers = await Promise.all(
      ['a', 'b', 'c'].map(async (name) => {
        const started = await startBuiltServer({
          MONGODB_URI: e2eMongoUri(),
          MONGODB_DB: DB,
          JWT_SECRET,
          REDIS_URL: sharedRedis,
          REDIS_KEY_PREFIX: prefix,
          DATA_DIR: mkdtempSync(join(tmpdir(), `kabinet-lb-${name}-`)),
          // nginx reaches the processes from 127.0.0.1; only its X-Forwarded-For is believed.
          TRUST_PROXY: '127.0.0.1',
          SERVED_BY_HEADER: 'true',
          ...LIMITS,
        });
        const log = [...started.log];
        started.server.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString()));
        return { ...started, log };
      }),
    );
    processIds = [];
    for (const { url } of servers) processIds.push((await postThrough(url, TYPENAME, {})).servedBy!);
    balancer = await LoadBalancer.start(servers.map(({ url }) => Number(new URL(url).port)));
  }, 180_000);

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await balancer.stop();
    for (const { server } of servers) {
      await stopBuiltServer(server);
    }
    await t.close();
    await deleteKeys(sharedRedis!, prefix);
  }, 60_000);

  it('spreads requests round robin over the three processes', async () => {
    expect(new Set(processIds).size).toBe(3);
    const servedBy: (string | undefined)[] = [];
    for (let index = 0; index < 6; index += 1) servedBy.push((await post(TYPENAME)).servedBy);
    expect(new Set(servedBy)).toEqual(new Set(processIds));
  });

  it('delivers to a subscriber on one process the counts of votes served by the others', async () => {
    const proposal = proposals[0]!;
    const subscriber = await subscribeAt<CountsChanged>(balancer.url, COUNTS, { id: proposal.id });
    clients.push(subscriber.client);
    expect(processIds).toContain(subscriber.servedBy);

    const servedBy: (string | undefined)[] = [];
    for (let index = 0; index < 3; index += 1) {
      const voter = await createSignedInUser(t);
      const cast = await post(CAST, { id: proposal.id, value: 'UP' }, { token: voter.accessToken });
      expect(cast.answer.errors).toBeUndefined();
      servedBy.push(cast.servedBy);
    }
    // Three votes in a row went to the three processes: two of them are not the subscriber's.
    expect(new Set(servedBy)).toEqual(new Set(processIds));

    await waitFor('all three votes reach the subscriber', () => subscriber.received.length >= 3, 15_000);
    const upvotes = subscriber.received.map((event) => event.proposalVotesChanged.upvotes);
    expect([...upvotes].sort()).toEqual([1, 2, 3]);
    expect(subscriber.errors).toEqual([]);
  });

  it("delivers to a member's socket a notification caused on another process", async () => {
    const moderator = await createSignedInUser(t, [Role.MODERATOR]);
    const inbox = await subscribeAt<NotificationAdded>(balancer.url, NOTIFICATIONS, {}, author.accessToken);
    clients.push(inbox.client);
    // Hides suggestions of the author (spares of their own) until a hide is served by another process.
    let hidden: { title: string; servedBy: string | undefined } | undefined;
    for (let attempt = 0; hidden === undefined && attempt < 3; attempt += 1) {
      const title = `Verborgen voorstel ${attempt + 1}`;
      const spare = await submitProposal(t, author, { title, themeId });
      const hide = await post(HIDE, { id: spare.id }, { token: moderator.accessToken });
      expect(hide.answer.errors).toBeUndefined();
      if (hide.servedBy !== inbox.servedBy) hidden = { title, servedBy: hide.servedBy };
    }
    expect(hidden?.servedBy).toBeDefined();
    expect(processIds).toContain(hidden?.servedBy);

    await waitFor(
      'the notification of the hide reaches the socket on the other process',
      () => inbox.received.some((event) => event.notificationAdded.message.includes(hidden!.title)),
      15_000,
    );
    expect(inbox.received.map((event) => event.notificationAdded.type)).toContain('PROPOSAL_HIDDEN');
    expect(inbox.errors).toEqual([]);
  });

  it("counts a member's votes across the three processes", async () => {
    const voter = await createSignedInUser(t);
    const accepted: ServedAnswer[] = [];
    for (let index = 0; index < VOTES_PER_USER; index += 1) {
      accepted.push(
        await post(
          CAST,
          { id: proposals[index % proposals.length]!.id, value: index % 2 === 0 ? 'UP' : 'DOWN' },
          { token: voter.accessToken },
        ),
      );
    }
    expect(accepted.map(codeOf)).toEqual(new Array<undefined>(VOTES_PER_USER).fill(undefined));
    expect(new Set(accepted.map((served) => served.servedBy))).toEqual(new Set(processIds));

    // Each process alone has counted a third of the limit; together they have reached it.
    const refused: ServedAnswer[] = [];
    for (let index = 0; index < 3; index += 1) {
      refused.push(await post(CAST, { id: proposals[0]!.id, value: 'UP' }, { token: voter.accessToken }));
    }
    expect(refused.map(codeOf)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    expect(new Set(refused.map((served) => served.servedBy))).toEqual(new Set(processIds));
  });

  it('throttles per client address behind the proxy, not per proxy, and ignores what a client forwards', async () => {
    const login = (localAddress: string, attempt: number, headers?: Record<string, string>) =>
      post(
        LOGIN,
        { input: { email: `nobody-${attempt}@example.nl`, password: 'Not-the-password-2026' } },
        { localAddress, headers },
      );
    const first: ServedAnswer[] = [];
    for (let attempt = 0; attempt < AUTH_LIMIT_PER_IP; attempt += 1)
      first.push(await login('127.0.0.2', attempt));
    expect(first.map(codeOf).filter((code) => code === 'TOO_MANY_REQUESTS')).toEqual([]);
    expect(new Set(first.map((served) => served.servedBy))).toEqual(new Set(processIds));

    expect(codeOf(await login('127.0.0.2', AUTH_LIMIT_PER_IP))).toBe('TOO_MANY_REQUESTS');
    // A client that writes its own X-Forwarded-For stays itself: only nginx's word counts.
    expect(
      codeOf(await login('127.0.0.2', AUTH_LIMIT_PER_IP + 1, { 'x-forwarded-for': '198.51.100.1' })),
    ).toBe('TOO_MANY_REQUESTS');
    // Another client behind the same proxy has a budget of its own.
    expect(codeOf(await login('127.0.0.3', AUTH_LIMIT_PER_IP + 2))).not.toBe('TOO_MANY_REQUESTS');
  });

  it('makes a role revoked on one process hold on all three within one second', async () => {
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    const moderator = await createSignedInUser(t, [Role.MODERATOR]);
    // Every process reads (and caches) the moderator as they are now.
    const before: ServedAnswer[] = [];
    for (let index = 0; index < 3; index += 1)
      before.push(await post(AUDIT, {}, { token: moderator.accessToken }));
    expect(before.map(codeOf)).toEqual([undefined, undefined, undefined]);
    expect(new Set(before.map((served) => served.servedBy))).toEqual(new Set(processIds));

    const revoked = await post(
      SET_ROLES,
      { id: moderator.user._id.toHexString(), roles: [] },
      { token: admin.accessToken },
    );
    expect(revoked.answer.errors).toBeUndefined();
    await sleep(1_000);

    const after: ServedAnswer[] = [];
    for (let index = 0; index < 3; index += 1)
      after.push(await post(AUDIT, {}, { token: moderator.accessToken }));
    expect(after.map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(new Set(after.map((served) => served.servedBy))).toEqual(new Set(processIds));
  });

  it('keeps the ranked pages equal to a database sort while votes arrive on all three, and the counters equal a recount', async () => {
    const voters: SignedInUser[] = [];
    for (let index = 0; index < 15; index += 1) voters.push(await createSignedInUser(t));
    const stored = t.app.get<Model<ProposalRecord>>(getModelToken('Proposal'));
    const databaseOrder = async (field: string): Promise<string[]> =>
      (
        await stored
          .find({ status: 'PUBLISHED' }, { _id: 1 })
          .sort({ [field]: -1, _id: -1 })
          .lean()
          .exec()
      ).map((proposal) => proposal._id.toHexString());
    /** The page of each of the three processes in turn (three requests in a row through nginx). */
    const pagesOfEach = async (sort: string): Promise<{ ids: string[]; servedBy?: string }[]> => {
      const pages: { ids: string[]; servedBy?: string }[] = [];
      for (let index = 0; index < 3; index += 1) {
        const page = await post(RANKED_PAGE, { sort }, { token: author.accessToken });
        const connection = page.answer.data?.proposals as { edges: { node: { id: string } }[] };
        pages.push({ ids: connection.edges.map((edge) => edge.node.id), servedBy: page.servedBy });
      }
      return pages;
    };

    // Rounds of votes spread over the three processes at once (each voter stays under the limit).
    for (let round = 0; round < 4; round += 1) {
      const answers = await Promise.all(
        voters.map((voter, index) => {
          const proposal = proposals[(index * 7 + round * 3) % proposals.length]!;
          const value = (index + round) % 3 === 0 ? 'DOWN' : 'UP';
          return post(CAST, { id: proposal.id, value }, { token: voter.accessToken });
        }),
      );
      expect(answers.map(codeOf).filter((code) => code !== undefined)).toEqual([]);
      expect(new Set(answers.map((served) => served.servedBy))).toEqual(new Set(processIds));
      for (const [sort, field] of Object.entries(RANKED_SORTS)) {
        const expected = JSON.stringify(await databaseOrder(field));
        let pages: { ids: string[]; servedBy?: string }[] = [];
        await waitFor(
          `round ${round}: the ${sort} page of every process equals the database's`,
          async () => {
            pages = await pagesOfEach(sort);
            return pages.every((page) => JSON.stringify(page.ids) === expected);
          },
          10_000,
        );
        expect(new Set(pages.map((page) => page.servedBy))).toEqual(new Set(processIds));
      }
    }

    expect(await countersEqualRecount(t)).toBe(true);
    // The processes kept their in-memory rankings and caches on all along, and nginx lost no upstream.
    for (const { log } of servers) {
      expect(log.join('\n')).not.toMatch(/may go unheard|peer.*could not be read/);
    }
    expect(balancer.errorLog()).not.toMatch(/upstream|connect\(\) failed/);
  });
});
