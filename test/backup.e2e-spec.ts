import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Connection, createConnection, mongo } from 'mongoose';
import { readBackup, type StoredDocument } from '@app/database';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { runBuilt } from './support/built-app';
import { FollowUpScene } from './support/follow-up';
import { VOTER_SECTORS } from './support/own-database';
import { type ProposalView, submitProposal, themeIds, vote } from './support/proposals';
import { e2eMongoUri, startTestApp, type TestApp } from './support/test-app';

const { EJSON } = mongo.BSON;

const DB = 'e2e_backup';
const RESTORED = 'e2e_backup_restored';
const TRUNCATED = 'e2e_backup_truncated';
const VOTERS = 12;
const SUGGESTIONS = 5;
/** All voters come from one address here; the limits are not what this test is about. */
const UNTHROTTLED = {
  THROTTLE_MUTATIONS_PER_IP: '1000000',
  THROTTLE_MUTATIONS_PER_USER: '1000000',
  THROTTLE_VOTES_PER_USER: '1000000',
};
/** Fields of a suggestion that the restore sets again from its votes; compared with a recount instead. */
const COUNTER_FIELDS = ['upvotes', 'downvotes', 'sectorVotes', 'scores', 'updatedAt'];

const workDir = mkdtempSync(join(tmpdir(), 'kabinet-backup-'));
const env = (db: string): Record<string, string> => ({
  MONGODB_URI: e2eMongoUri(),
  MONGODB_DB: db,
  DATA_DIR: join(workDir, 'data'),
});

const ADD_COMMENT = 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }';
const VOTE_COMMENT = 'mutation ($id: ID!, $up: Boolean!) { voteComment(id: $id, up: $up) { id } }';

async function open(db: string): Promise<Connection> {
  return createConnection(e2eMongoUri(), { dbName: db }).asPromise();
}

/** Canonical Extended JSON (types included), without `omit`: equal strings are equal documents. */
function canonical(document: StoredDocument, omit: readonly string[] = []): string {
  const kept = Object.fromEntries(Object.entries(document).filter(([key]) => !omit.includes(key)));
  return EJSON.stringify(kept, { relaxed: false });
}

/** Every document of every collection the backup holds, by collection, as canonical text in _id order. */
async function backupContents(path: string): Promise<Map<string, string[]>> {
  const contents = new Map<string, string[]>();
  for await (const entry of readBackup(path)) {
    if (entry.kind === 'collection') contents.set(entry.name, []);
    if (entry.kind === 'document') {
      contents
        .get(entry.collection)
        ?.push(canonical(entry.document, entry.collection === 'proposals' ? COUNTER_FIELDS : []));
    }
  }
  return contents;
}

async function databaseContents(
  connection: Connection,
  names: Iterable<string>,
): Promise<Map<string, string[]>> {
  const contents = new Map<string, string[]>();
  for (const name of names) {
    const documents = await connection
      .db!.collection(name)
      .find({}, { sort: { _id: 1 }, promoteValues: false, promoteLongs: false })
      .toArray();
    contents.set(
      name,
      documents.map((document) => canonical(document, name === 'proposals' ? COUNTER_FIELDS : [])),
    );
  }
  return contents;
}

async function documentCount(connection: Connection): Promise<number> {
  let count = 0;
  for (const { name } of await connection.db!.listCollections({}, { nameOnly: true }).toArray()) {
    count += await connection.db!.collection(name).countDocuments({});
  }
  return count;
}

interface CountedVote {
  proposalId: mongo.ObjectId;
  value: number;
  sector: string | null;
}
interface Count {
  up: number;
  down: number;
}
interface Tally extends Count {
  sectors: Map<string, Count>;
}
interface CountedProposal {
  _id: mongo.ObjectId;
  upvotes: number;
  downvotes: number;
  sectorVotes: { sector: string; up: number; down: number }[];
  scores: { top: number };
}

/** Suggestions whose counters (overall, per sector, the top score) differ from a count of their votes, counted here. */
async function countersThatDifferFromRecount(connection: Connection): Promise<string[]> {
  const tally = new Map<
    string,
    { up: number; down: number; sectors: Map<string, { up: number; down: number }> }
  >();
  for (const vote of await connection.db!.collection<CountedVote>('votes').find({}).toArray()) {
    const key = vote.proposalId.toHexString();
    const counts: Tally = tally.get(key) ?? { up: 0, down: 0, sectors: new Map<string, Count>() };
    const sector = counts.sectors.get(vote.sector ?? 'anders') ?? { up: 0, down: 0 };
    if (vote.value === 1) {
      counts.up += 1;
      sector.up += 1;
    } else {
      counts.down += 1;
      sector.down += 1;
    }
    counts.sectors.set(vote.sector ?? 'anders', sector);
    tally.set(key, counts);
  }
  const differing: string[] = [];
  for (const proposal of await connection.db!.collection<CountedProposal>('proposals').find({}).toArray()) {
    const counted: Tally = tally.get(proposal._id.toHexString()) ?? {
      up: 0,
      down: 0,
      sectors: new Map<string, Count>(),
    };
    const sectors = Object.fromEntries(
      [...counted.sectors]
        .filter(([, count]) => count.up + count.down > 0)
        .map(([name, count]) => [name, count]),
    );
    const stored = Object.fromEntries(
      proposal.sectorVotes
        .filter(({ up, down }) => up + down > 0)
        .map(({ sector, up, down }) => [sector, { up, down }]),
    );
    if (
      proposal.upvotes !== counted.up ||
      proposal.downvotes !== counted.down ||
      proposal.scores.top !== counted.up - counted.down ||
      JSON.stringify(Object.entries(stored).sort()) !== JSON.stringify(Object.entries(sectors).sort())
    ) {
      differing.push(proposal._id.toHexString());
    }
  }
  return differing;
}

describe('backup and restore from the CLI', () => {
  const file = join(workDir, 'kabinet.jsonl.gz');
  let t: TestApp;
  let votesDuringBackup = 0;
  let backupOutput = '';

  async function ok(
    query: string,
    variables: Record<string, unknown>,
    as: SignedInUser,
  ): Promise<Record<string, unknown>> {
    const answer = await t.gql(query, variables, { token: as.accessToken });
    if (answer.errors !== undefined) throw new Error(`${query} failed: ${JSON.stringify(answer.errors)}`);
    return answer.data as Record<string, unknown>;
  }

  beforeAll(async () => {
    for (const db of [RESTORED, TRUNCATED]) {
      const connection = await open(db);
      await connection.dropDatabase();
      await connection.close();
    }
    t = await startTestApp(DB, UNTHROTTLED);
    // A mix of what is stored: members in sectors, suggestions with votes, comments with votes and
    // replies, a published list (and its version) with follow-up and a follower.
    const scene = await FollowUpScene.start(t);
    const list = await scene.publishedList('Ondernemen zonder rompslomp');
    await scene.recordFollowUp(list.itemId, 'In gesprek met het ministerie');
    await scene.follower(list.id, { verified: true });
    const themeId = Object.values(await themeIds(t))[0]!;
    const author = await createSignedInUser(t);
    const proposals: ProposalView[] = [];
    for (let index = 0; index < SUGGESTIONS; index += 1) {
      proposals.push(
        await submitProposal(t, author, { title: `Voorstel voor een backup ${index + 1}`, themeId }),
      );
    }
    const voters: SignedInUser[] = [];
    for (let index = 0; index < VOTERS; index += 1) {
      voters.push(await createSignedInUser(t, [], 'Ondernemer', VOTER_SECTORS[index % VOTER_SECTORS.length]));
    }
    const comment = (
      await ok(
        ADD_COMMENT,
        { input: { targetId: proposals[0]!.id, alignment: 'IN_FAVOR', body: 'Goed idee, graag snel.' } },
        voters[0]!,
      )
    ).addComment as { id: string };
    await ok(
      ADD_COMMENT,
      {
        input: {
          targetId: proposals[0]!.id,
          parentId: comment.id,
          alignment: 'AGAINST',
          body: 'Dat kost te veel.',
        },
      },
      voters[1]!,
    );
    await ok(VOTE_COMMENT, { id: comment.id, up: true }, voters[2]!);

    // Votes cast, changed and taken back by every voter for as long as the backup runs.
    let backingUp = true;
    const load = voters.map(async (voter, index) => {
      for (let round = 0; backingUp; round += 1) {
        const target = proposals[(index + round) % proposals.length]!.id;
        const answer = await vote(t, voter, target, round % 3 === 2 ? null : round % 2 === 0 ? 'UP' : 'DOWN');
        if (answer.errors === undefined) votesDuringBackup += 1;
      }
    });
    const backup = await runBuilt('cli', ['backup', '--out', file], env(DB));
    backingUp = false;
    await Promise.all(load);
    backupOutput = backup.stdout + backup.stderr;
    expect(backup.code).toBe(0);
  }, 900_000);

  afterAll(() => t.close());

  it('backs up while members vote, and restores every collection into a fresh database with counters equal to a recount', async () => {
    expect(backupOutput).toMatch(/^Wrote \d+ documents of \d+ collections to /m);
    expect(votesDuringBackup).toBeGreaterThan(0);

    const restored = await runBuilt('cli', ['restore', '--in', file], env(RESTORED));
    expect(restored.stderr).not.toMatch(/\n\s+at /);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Restored \d+ documents of \d+ collections from the backup of /m);
    expect(restored.stdout).toMatch(/Recounted the votes of \d+ suggestions/);

    const backedUp = await backupContents(file);
    for (const name of [
      'users',
      'proposals',
      'votes',
      'comments',
      'comment_votes',
      'curated_lists',
      'curated_list_versions',
      'follow_ups',
      'follow_up_events',
      'follows',
    ]) {
      expect(backedUp.get(name)?.length ?? 0).toBeGreaterThan(0);
    }
    expect(backedUp.has('api_instances')).toBe(false);
    expect(backedUp.has('leases')).toBe(false);

    const connection = await open(RESTORED);
    try {
      const contents = await databaseContents(connection, backedUp.keys());
      for (const [name, documents] of backedUp) {
        // One collection at a time, so that a difference names its collection.
        expect({ name, documents: contents.get(name) }).toEqual({ name, documents });
      }
      expect(await countersThatDifferFromRecount(connection)).toEqual([]);
      // Every vote's suggestion and member is in the restored database.
      const proposalIds = new Set(
        (
          await connection
            .db!.collection('proposals')
            .find({}, { projection: { _id: 1 } })
            .toArray()
        ).map(({ _id }) => String(_id)),
      );
      const userIds = new Set(
        (
          await connection
            .db!.collection('users')
            .find({}, { projection: { _id: 1 } })
            .toArray()
        ).map(({ _id }) => String(_id)),
      );
      const votes = await connection
        .db!.collection<{ proposalId: mongo.ObjectId; userId: mongo.ObjectId }>('votes')
        .find({})
        .toArray();
      expect(
        votes.filter(
          (vote) => !proposalIds.has(String(vote.proposalId)) || !userIds.has(String(vote.userId)),
        ),
      ).toEqual([]);
    } finally {
      await connection.close();
    }
  }, 900_000);

  it('refuses a database that is not empty, and a truncated file, leaving both databases as they were', async () => {
    const again = await runBuilt('cli', ['restore', '--in', file], env(RESTORED));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /The database is not empty \(documents in .*users.*\); restore into an empty database, or pass --replace/,
    );
    expect(again.stderr).not.toMatch(/\n\s+at /);

    const bytes = readFileSync(file);
    const truncated = join(workDir, 'truncated.jsonl.gz');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const refused = await runBuilt('cli', ['restore', '--in', truncated], env(TRUNCATED));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/truncated\.jsonl\.gz is not a usable backup: it is truncated/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    const empty = await open(TRUNCATED);
    expect(await documentCount(empty)).toBe(0);
    await empty.close();

    // --replace checks the file before it drops anything.
    const restoredDb = await open(RESTORED);
    const before = await documentCount(restoredDb);
    const replaced = await runBuilt('cli', ['restore', '--in', truncated, '--replace'], env(RESTORED));
    expect(replaced.code).toBe(1);
    expect(replaced.stderr).toMatch(/it is truncated/);
    expect(await documentCount(restoredDb)).toBe(before);
    expect(before).toBeGreaterThan(0);
    await restoredDb.close();
  }, 600_000);

  it('names a missing --in or --out', async () => {
    const backup = await runBuilt('cli', ['backup'], env(DB));
    expect(backup.code).toBe(1);
    expect(backup.stderr).toMatch(/--out is required/);
    const restore = await runBuilt('cli', ['restore'], env(TRUNCATED));
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/--in is required/);
  }, 300_000);
});
