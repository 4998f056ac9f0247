import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, Types } from 'mongoose';
import { planComments } from '../apps/api/src/demo/demo-comments';
import { DEMO_PROPOSALS } from '../apps/api/src/demo/demo-data';
import { DEMO_SUGGESTIONS } from '../apps/api/src/demo/demo-suggestions';
import { runBuilt, startArguments, startBuiltServer, stopBuiltServer } from './support/built-app';
import { childPids } from './support/processes';
import { e2eMongoUri } from './support/test-app';

const DB = 'e2e_cli';

interface PairwiseAnswerDocument {
  _id: string;
  memberId: Types.ObjectId;
  winnerId: Types.ObjectId;
  loserId: Types.ObjectId;
  applied: boolean;
  createdAt: Date;
}
const ADMIN = [
  'user:create',
  '--email',
  'Beheer@Example.nl',
  '--password',
  'Beheerder-2026-!',
  '--name',
  'Beheer',
];

describe('operator CLI: user:create', () => {
  const env = { MONGODB_URI: e2eMongoUri(), MONGODB_DB: DB, DATA_DIR: mkdtempSync(join(tmpdir(), 'cli-')) };

  beforeAll(async () => {
    const connection = await createConnection(e2eMongoUri(), { dbName: DB }).asPromise();
    await connection.dropDatabase();
    await connection.close();
  });

  it('creates a user with repeatable roles, and is idempotent', async () => {
    const created = await runBuilt('cli', [...ADMIN, '--role', 'ADMIN', '--role', 'editor'], env);
    expect(created.stderr).toBe('');
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toMatch(
      /^Created user beheer@example\.nl \([0-9a-f]{24}\) with roles MEMBER, EDITOR, ADMIN\.$/m,
    );

    const again = await runBuilt('cli', [...ADMIN, '--role', 'LIAISON'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already exists \(roles: MEMBER, EDITOR, ADMIN\); nothing changed/);

    const connection = await createConnection(e2eMongoUri(), { dbName: DB }).asPromise();
    const users = await connection.collection('users').find({}).toArray();
    await connection.close();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ email: 'beheer@example.nl', roles: ['MEMBER', 'EDITOR', 'ADMIN'] });
    expect(String(users[0]?.passwordHash)).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it.each([
    [
      'a weak password',
      ['user:create', '--email', 'w@example.nl', '--password', 'welkom', '--name', 'W'],
      /password: must be at least 10/,
    ],
    ['an unknown role', [...ADMIN, '--role', 'KING'], /Unknown role "KING"/],
    [
      'missing options',
      ['user:create', '--email', 'x@example.nl'],
      /--email, --password and --name are required/,
    ],
  ])('fails with exit code 1 and a clear message on %s', async (_, args, message) => {
    const result = await runBuilt('cli', args, env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('pairwise:refit sets the strengths from the stored answers and says how many changed', async () => {
    const connection = await createConnection(e2eMongoUri(), { dbName: DB }).asPromise();
    const [a, b, member] = [new Types.ObjectId(), new Types.ObjectId(), new Types.ObjectId()];
    const now = new Date();
    await connection.collection('proposals').insertMany(
      [a, b].map((_id) => ({
        _id,
        title: 'Paarsgewijs voorstel',
        body: 'Een voorstel dat een keer is vergeleken.',
        themeId: new Types.ObjectId(),
        authorId: new Types.ObjectId(),
        tags: [],
        language: 'nl',
        status: 'PUBLISHED',
        upvotes: 0,
        downvotes: 0,
        scores: { top: 0, confidence: 0, hot: 0, controversial: 0, pairwise: 0 },
        pairwiseComparisons: 0,
        keywords: [],
        createdAt: now,
        updatedAt: now,
      })),
    );
    const [low, high] = [a.toHexString(), b.toHexString()].sort();
    await connection.collection<PairwiseAnswerDocument>('pairwise_answers').insertOne({
      _id: `${member.toHexString()}:${low}:${high}`,
      memberId: member,
      winnerId: a,
      loserId: b,
      applied: false,
      createdAt: now,
    });
    const result = await runBuilt('cli', ['pairwise:refit'], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Refitted from 1 answers; 2 suggestions changed\.$/m);
    const winner = await connection.collection('proposals').findOne({ _id: a });
    const answer = await connection.collection<PairwiseAnswerDocument>('pairwise_answers').findOne({});
    await connection.close();
    // One win under the prior: θ solves 1 − σ(2θ) = θ (docs/RANKING.md).
    expect(winner).toMatchObject({
      scores: { pairwise: expect.closeTo(0.3372, 3) as number },
      pairwiseComparisons: 1,
    });
    expect(answer?.applied).toBe(true);
  });

  it('loads the demo data once as npm start does, before the server answers: the written suggestions over six weeks, votes, merged duplicates, and the ten commandments with their follow-up', async () => {
    const suggestions = DEMO_PROPOSALS.length + DEMO_SUGGESTIONS.length;
    const comments = planComments(250);
    const demoEnv = { ...env, MONGODB_DB: `${DB}_demo` };
    // The server as npm start runs it: outside production it loads the demo data into an empty
    // database before it listens, so its first answer already shows them.
    const started = await startBuiltServer(demoEnv, startArguments());
    let firstPage: unknown;
    try {
      firstPage = await (
        await fetch(`${started.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ proposals(first: 1) { totalCount } }' }),
        })
      ).json();
    } finally {
      await stopBuiltServer(started.server);
    }
    const log = started.log.join('\n');
    expect(log).toMatch(
      new RegExp(
        `Demo data loaded: ${suggestions} suggestions \\(5 merged as duplicates\\), \\d+ votes, \\d+ pairwise answers, 250 members, and the ten commandments with their follow-up; ${comments.length} comments on them`,
      ),
    );
    expect(log).toMatch(/Members per sector: zakelijke-dienstverlening \d+, bouw \d+/);
    expect(log).toMatch(/Demo sign-ins \(password Kabinet-Demo-2026\): beheer@kabinet\.example \(ADMIN\)/);
    // The CLI's seed:demo loads the same data, and does nothing the second time.
    const second = await runBuilt('cli', ['seed:demo', '--if-empty'], demoEnv);
    expect(second.stdout).toMatch(/nothing loaded/);

    const connection = await createConnection(e2eMongoUri(), { dbName: `${DB}_demo` }).asPromise();
    const db = connection.db!;
    const proposals = await db.collection('proposals').countDocuments();
    const eleventh = await db.collection('proposals').findOne({
      title: 'Laat jonge medewerkers in het MKB een dagdeel per week kennis vergaren',
    });
    const list = await db.collection('curated_list_versions').findOne({});
    const inTalks = await db.collection('follow_ups').countDocuments({ statusKey: 'in-talks' });
    const received = await db.collection('follow_ups').countDocuments({ statusKey: 'received' });
    const votes = await db.collection('votes').countDocuments();
    const pairwiseAnswers = await db.collection('pairwise_answers').countDocuments();
    const compared = await db.collection('proposals').countDocuments({ pairwiseComparisons: { $gt: 0 } });
    // Every demo voter names a sector; the seed maps the words onto the sector list.
    const votesWithoutSector = await db.collection('votes').countDocuments({ sector: null });
    const sectors = await db.collection('users').distinct('sector');
    const merged = await db.collection('proposals').countDocuments({ status: 'MERGED' });
    const published = await db.collection('proposals').countDocuments({ status: 'PUBLISHED' });
    const withoutSector = await db.collection('users').countDocuments({ roles: ['MEMBER'], sector: null });
    const times = (
      await db
        .collection('proposals')
        .find({}, { projection: { createdAt: 1 } })
        .toArray()
    ).map((proposal) => (proposal.createdAt as Date).getTime());
    // Summed here rather than with $group: FerretDB v1 gets several $sum accumulators wrong.
    const counters = await db
      .collection('proposals')
      .find({}, { projection: { upvotes: 1, downvotes: 1 } })
      .toArray();
    const counted = counters.reduce((sum, p) => sum + Number(p.upvotes) + Number(p.downvotes), 0);
    const storedComments = await db
      .collection('comments')
      .find({}, { projection: { targetType: 1, parentId: 1, alignment: 1, upvotes: 1, downvotes: 1 } })
      .toArray();
    const commentVotes = await db.collection('comment_votes').countDocuments();
    const commentCounters = (
      await db
        .collection('proposals')
        .find({ 'comments.total': { $gt: 0 } }, { projection: { comments: 1 } })
        .toArray()
    ).map((proposal) => proposal.comments as { total: number; inFavor: number; against: number });
    await connection.dropDatabase();
    await connection.close();
    expect(proposals).toBe(suggestions);
    expect(merged).toBe(5);
    expect(firstPage).toEqual({ data: { proposals: { totalCount: published } } });
    expect(withoutSector).toBe(0);
    // Sent over the six weeks of the consultation, which closed days before the seed ran.
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(30 * 86_400_000);
    expect(Math.max(...times)).toBeLessThan(Date.now() - 86_400_000);
    expect(eleventh).toMatchObject({ upvotes: 18, downvotes: 0 });
    expect(list).toMatchObject({
      title: 'Tien geboden van het Kabinet van Vernieuwing',
      version: 1,
      addressee: 'Minister van Financiën',
    });
    expect((list?.items as unknown[]).length).toBe(11);
    expect(inTalks).toBe(1);
    expect(received).toBe(10);
    expect(counted).toBe(votes);
    expect(storedComments).toHaveLength(comments.length);
    expect(storedComments.filter((comment) => comment.parentId !== null)).toHaveLength(
      comments.filter((comment) => comment.parent !== null).length,
    );
    // Eleven suggestions discussed, their counters equal to what was added.
    const onSuggestions = storedComments.filter((comment) => comment.targetType === 'PROPOSAL');
    expect(commentCounters).toHaveLength(11);
    const plannedVotes = comments.reduce((sum, comment) => sum + comment.votes.length, 0);
    expect(commentVotes).toBe(plannedVotes);
    expect(
      storedComments.reduce((sum, comment) => sum + Number(comment.upvotes) + Number(comment.downvotes), 0),
    ).toBe(plannedVotes);
    expect(commentCounters.reduce((sum, counts) => sum + counts.total, 0)).toBe(onSuggestions.length);
    expect(commentCounters.reduce((sum, counts) => sum + counts.against, 0)).toBe(
      onSuggestions.filter((comment) => comment.alignment === 'AGAINST').length,
    );
    expect(pairwiseAnswers).toBeGreaterThan(500);
    expect(compared).toBeGreaterThan(100);
    expect(votesWithoutSector).toBe(0);
    expect(sectors).toContain('zakelijke-dienstverlening');
    expect(sectors).not.toContain('zakelijke dienstverlening');
    // Seeding ~540 suggestions with their votes, pairwise answers and comments takes most of a
    // minute on the PostgreSQL backend of a busy machine, more than the suite's default; on a busy
    // shared machine this test took 134 s with the comments.
  }, 240_000);

  it('refuses to load the demo accounts in production without --allow-production', async () => {
    const production = {
      ...env,
      MONGODB_DB: `${DB}_production`,
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://kabinet.example',
    };
    const refused = await runBuilt('cli', ['seed:demo'], production);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/does not run in production unless you add --allow-production/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    const connection = await createConnection(e2eMongoUri(), { dbName: `${DB}_production` }).asPromise();
    const users = await connection.collection('users').countDocuments();
    await connection.dropDatabase();
    await connection.close();
    expect(users).toBe(0);
  });

  it('uses the embedded database a running server owns instead of starting a second one on its files', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cli-shared-'));
    const { server } = await startBuiltServer({ DATA_DIR: dataDir });
    try {
      const result = await runBuilt(
        'cli',
        ['user:create', '--email', 's@example.nl', '--password', 'Gedeeld-2026-!!', '--name', 'Sanne'],
        {
          DATA_DIR: dataDir,
        },
      );
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/Created user s@example\.nl/);
      expect(childPids(server.pid ?? -1)).toHaveLength(1);
    } finally {
      await stopBuiltServer(server);
    }
  });
});

describe('operator CLI: mail:digest', () => {
  const DIGEST_DB = 'e2e_cli_digest';
  const env = {
    MONGODB_URI: e2eMongoUri(),
    MONGODB_DB: DIGEST_DB,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'cli-digest-')),
    SMTP_URL: process.env.E2E_SMTP_URL,
  };

  it('runs the digest due at --at, and a second run mails nobody again', async () => {
    const connection = await createConnection(e2eMongoUri(), { dbName: DIGEST_DB }).asPromise();
    await connection.dropDatabase();
    const userId = new Types.ObjectId();
    const now = new Date();
    await connection.collection('users').insertOne({
      _id: userId,
      email: 'digest-cli@example.test',
      displayName: 'Dagelijks overzicht',
      organization: null,
      sector: null,
      language: 'nl',
      emailVerifiedAt: now,
      roles: ['MEMBER'],
      passwordHash: 'not-a-password',
      blockedAt: null,
      blockedReason: null,
      createdAt: now,
      updatedAt: now,
    });
    await connection.collection('notifications').insertOne({
      key: `cli-digest:${userId.toHexString()}`,
      userId,
      type: 'LIST_PUBLISHED',
      targetType: 'LIST',
      targetId: new Types.ObjectId().toHexString(),
      targetSlug: 'lijst-voor-het-overzicht',
      params: { title: 'Lijst voor het overzicht', version: 1 },
      createdAt: now,
      readAt: null,
      mailedAt: null,
      digestDay: null,
    });
    const at = new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString();
    const first = await runBuilt('cli', ['mail:digest', '--at', at], env);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^Digest of \d{4}-\d{2}-\d{2}: 1 mails with 1 notifications\.$/m);
    const second = await runBuilt('cli', ['mail:digest', '--at', at], env);
    expect(second.stdout).toMatch(/: 0 mails with 0 notifications\.$/m);
    const outbox = await connection
      .collection('mail_outbox')
      .countDocuments({ to: 'digest-cli@example.test' });
    await connection.close();
    expect(outbox).toBe(1);
  });
});
