import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { getModelToken } from '@nestjs/mongoose';
import type { Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import type { Model } from 'mongoose';
import { Role } from '@app/accounts';
import type { ProposalRecord } from '@app/proposals';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { postAs, startBuiltServer, stopBuiltServer } from './support/built-app';
import { type LiveSubscription, subscribeAt } from './support/live';
import { waitFor } from './support/processes';
import { type ProposalView, submitProposal, themeIds } from './support/proposals';
import { canRunRedisServer, deleteKeys, OwnRedis, redisForTests, runPrefix } from './support/redis';
import { e2eMongoUri, startTestApp, type TestApp } from './support/test-app';

const DB = 'e2e_redis';
const JWT_SECRET = 'processes-on-redis-share-this-signing-secret';
const VOTES_PER_USER = 6;
const LIMITS = {
  THROTTLE_MUTATIONS_PER_IP: '1000000',
  THROTTLE_MUTATIONS_PER_USER: '1000000',
  THROTTLE_VOTES_PER_USER: String(VOTES_PER_USER),
};

interface Health {
  status: string;
  details: Record<string, { status: string; connected?: boolean }>;
}

async function health(url: string): Promise<{ code: number; body: Health }> {
  const response = await fetch(`${url}/health`);
  return { code: response.status, body: (await response.json()) as Health };
}

const ME = '{ me { roles } }';
const AUDIT = '{ auditLog(first: 1) { edges { cursor } } }';
const SET_ROLES =
  'mutation ($id: ID!, $roles: [Role!]!) { setUserRoles(userId: $id, roles: $roles) { roles } }';
const TOP_PAGE = '{ proposals(sort: TOP, first: 50) { edges { node { id } } } }';
const CAST = 'mutation ($id: ID!, $value: VoteValue!) { castVote(proposalId: $id, value: $value) { id } }';
const COUNTS = 'subscription ($id: ID!) { proposalVotesChanged(proposalId: $id) { id upvotes downvotes } }';

interface CountsChanged {
  proposalVotesChanged: { id: string; upvotes: number; downvotes: number };
}

/** Subscribes to a proposal's counts on the server at `url`. */
function subscribeToCounts(url: string, proposalId: string): Promise<LiveSubscription<CountsChanged>> {
  return subscribeAt<CountsChanged>(url, COUNTS, { id: proposalId });
}

const sharedRedis = redisForTests('test/redis.e2e-spec.ts');
const describeWithRedis = sharedRedis === undefined ? describe.skip : describe;

describeWithRedis('API processes sharing Redis', () => {
  const prefix = runPrefix('redis-e2e');
  let t: TestApp;
  let servers: { server: ChildProcessWithoutNullStreams; url: string; log: string[] }[];
  const clients: Client[] = [];
  let proposals: ProposalView[];
  let themeId: string;
  let author: SignedInUser;

  const serverEnv = (redisUrl: string, name: string): Record<string, string> => ({
    MONGODB_URI: e2eMongoUri(),
    MONGODB_DB: DB,
    JWT_SECRET,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: prefix,
    DATA_DIR: mkdtempSync(join(tmpdir(), `kabinet-redis-${name}-`)),
    ...LIMITS,
  });

  beforeAll(async () => {
    // This process shares the database too: on the change bus, like the servers.
    t = await startTestApp(DB, { JWT_SECRET, REDIS_URL: sharedRedis, REDIS_KEY_PREFIX: prefix, ...LIMITS });
    themeId = Object.values(await themeIds(t))[0]!;
    author = await createSignedInUser(t);
    proposals = [];
    for (let index = 0; index < 3; index += 1) {
      proposals.push(await submitProposal(t, author, { title: `Gedeeld voorstel ${index + 1}`, themeId }));
    }
    servers = [];
    for (const name of ['a', 'b']) {
      const started = await startBuiltServer(serverEnv(sharedRedis!, name));
      const log = [...started.log];
      started.server.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString()));
      servers.push({ ...started, log });
    }
  }, 180_000);

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    for (const { server } of servers) {
      await stopBuiltServer(server);
    }
    await t.close();
    await deleteKeys(sharedRedis!, prefix);
  }, 60_000);

  it('says in /health that Redis is connected', async () => {
    for (const { url } of servers) {
      const { code, body } = await health(url);
      expect(code).toBe(200);
      expect(body.details.redis).toEqual({ status: 'up', connected: true });
    }
  });

  it('delivers to a subscriber on A the counts of a vote cast on B', async () => {
    const [a, b] = servers;
    const subscriber = await subscribeToCounts(a!.url, proposals[0]!.id);
    clients.push(subscriber.client);
    const voter = await createSignedInUser(t);

    const cast = await postAs(b!.url, voter.accessToken, CAST, { id: proposals[0]!.id, value: 'UP' });

    expect(cast.errors).toBeUndefined();
    await waitFor('the vote on B reaches the subscriber on A', () => subscriber.received.length > 0, 15_000);
    expect(subscriber.received[0]).toEqual({
      proposalVotesChanged: { id: proposals[0]!.id, upvotes: 1, downvotes: 0 },
    });
    expect(subscriber.errors).toEqual([]);
  });

  it("counts a member's votes across both processes", async () => {
    const voter = await createSignedInUser(t);
    const outcomes: (string | undefined)[] = [];
    for (let index = 0; index < VOTES_PER_USER; index += 1) {
      const server = servers[index % 2]!;
      const proposal = proposals[index % proposals.length]!;
      const answer = await postAs(server.url, voter.accessToken, CAST, {
        id: proposal.id,
        value: index % 4 < 2 ? 'UP' : 'DOWN',
      });
      outcomes.push(answer.errors?.[0]?.extensions?.code);
    }
    expect(outcomes).toEqual(new Array<undefined>(VOTES_PER_USER).fill(undefined));

    // Each process alone has counted only half of the limit; together they have reached it.
    for (const server of servers) {
      const refused = await postAs(server.url, voter.accessToken, CAST, {
        id: proposals[0]!.id,
        value: 'UP',
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    }
  });

  it('makes a role revoked on A hold on B within one second', async () => {
    const [a, b] = servers;
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    const moderator = await createSignedInUser(t, [Role.MODERATOR]);
    const id = moderator.user._id.toHexString();
    // B reads (and caches) the moderator as they are now.
    expect((await postAs(b!.url, moderator.accessToken, ME, {})).data).toEqual({
      me: { roles: ['MEMBER', 'MODERATOR'] },
    });
    expect((await postAs(b!.url, moderator.accessToken, AUDIT, {})).errors).toBeUndefined();

    const revoked = await postAs(a!.url, admin.accessToken, SET_ROLES, { id, roles: [] });
    expect(revoked.errors).toBeUndefined();
    await sleep(1_000);

    expect((await postAs(b!.url, moderator.accessToken, ME, {})).data).toEqual({ me: { roles: ['MEMBER'] } });
    expect((await postAs(b!.url, moderator.accessToken, AUDIT, {})).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('keeps the ranked pages of both processes equal to a database sort while votes arrive on both', async () => {
    for (let index = proposals.length; index < 6; index += 1) {
      proposals.push(await submitProposal(t, author, { title: `Gedeeld voorstel ${index + 1}`, themeId }));
    }
    const voters: SignedInUser[] = [];
    for (let index = 0; index < 12; index += 1) voters.push(await createSignedInUser(t));
    const stored = t.app.get<Model<ProposalRecord>>(getModelToken('Proposal'));
    const databaseOrder = async (): Promise<string[]> =>
      (
        await stored
          .find({ status: 'PUBLISHED' }, { _id: 1 })
          .sort({ 'scores.top': -1, _id: -1 })
          .lean()
          .exec()
      ).map((proposal) => proposal._id.toHexString());
    const rankedOn = async (url: string): Promise<string[]> => {
      const page = await postAs(url, author.accessToken, TOP_PAGE, {});
      const connection = page.data?.proposals as { edges: { node: { id: string } }[] };
      return connection.edges.map((edge) => edge.node.id);
    };

    // Rounds of votes on both processes at once (each voter stays under the vote limit).
    for (let round = 0; round < 4; round += 1) {
      const answers = await Promise.all(
        voters.map((voter, index) => {
          const server = servers[(index + round) % 2]!;
          const proposal = proposals[(index * 7 + round * 3) % proposals.length]!;
          const value = (index + round) % 3 === 0 ? 'DOWN' : 'UP';
          return postAs(server.url, voter.accessToken, CAST, { id: proposal.id, value });
        }),
      );
      expect(answers.filter((answer) => answer.errors !== undefined)).toEqual([]);
      const expected = await databaseOrder();
      for (const { url } of servers) {
        await waitFor(
          `round ${round}: the ranked page of ${url} equals the database's`,
          async () => {
            return JSON.stringify(await rankedOn(url)) === JSON.stringify(expected);
          },
          10_000,
        );
      }
    }

    // The processes kept their in-memory rankings and caches on all along.
    for (const { log } of servers) {
      expect(log.join('\n')).not.toMatch(/may go unheard|peer.*could not be read/);
    }
  });

  const describeWithOwnRedis = canRunRedisServer() ? describe : describe.skip;

  describeWithOwnRedis('when Redis goes away and comes back', () => {
    let own: OwnRedis;
    let lonely: { server: ChildProcessWithoutNullStreams; url: string };

    beforeAll(async () => {
      own = await OwnRedis.start();
      lonely = await startBuiltServer(serverEnv(own.url, 'c'));
    }, 120_000);

    afterAll(async () => {
      await stopBuiltServer(lonely.server);
      await own.stop();
    }, 60_000);

    it('keeps answering, reports Redis as degraded, and delivers subscriptions again once it is back', async () => {
      expect((await health(lonely.url)).body.details.redis).toEqual({ status: 'up', connected: true });

      await own.stop();
      await waitFor(
        '/health notices that Redis is gone',
        async () => (await health(lonely.url)).body.details.redis?.connected === false,
        20_000,
      );
      const degraded = await health(lonely.url);
      expect(degraded.code).toBe(200);
      expect(degraded.body.details.database?.status).toBe('up');
      expect(degraded.body.details.redis?.status).toBe('degraded');

      // Votes, throttling and subscriptions keep working in this process alone.
      const offline = await subscribeToCounts(lonely.url, proposals[1]!.id);
      clients.push(offline.client);
      const voter = await createSignedInUser(t);
      const whileDown = await postAs(lonely.url, voter.accessToken, CAST, {
        id: proposals[1]!.id,
        value: 'UP',
      });
      expect(whileDown.errors).toBeUndefined();
      await waitFor('a local subscriber hears the vote', () => offline.received.length > 0, 15_000);

      await own.resume();
      await waitFor(
        '/health notices that Redis is back',
        async () => (await health(lonely.url)).body.details.redis?.connected === true,
        30_000,
      );
      const listener = new Redis(own.url);
      const published: string[] = [];
      listener.on('pmessage', (_pattern: string, channel: string) => published.push(channel));
      await listener.psubscribe(`${prefix}live:*`);
      const before = offline.received.length;
      const again = await postAs(lonely.url, voter.accessToken, CAST, {
        id: proposals[1]!.id,
        value: 'DOWN',
      });
      expect(again.errors).toBeUndefined();
      await waitFor('the subscriber hears the vote again', () => offline.received.length > before, 15_000);
      listener.disconnect();
      expect(published.length).toBeGreaterThan(0);
      expect(offline.received.at(-1)?.proposalVotesChanged.downvotes).toBeGreaterThanOrEqual(1);
      expect(offline.errors).toEqual([]);
    }, 120_000);
  });
});
