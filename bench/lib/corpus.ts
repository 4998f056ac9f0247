import { type Db, ObjectId } from 'mongodb';
import { scoresOf } from '../../libs/proposals/src/ranking/scores';
import { keywordsOf } from '../../libs/proposals/src/text/keywords';
import { seededRandom } from '../../libs/core/src/random/seeded-random';

/**
 * A generated corpus loaded straight into the API's database with the raw driver, shaped as the
 * mongoose schemas define the documents (libs/accounts users, libs/proposals proposals and votes),
 * with counters and scores computed as the app computes them (scoresOf).
 */

const DAY_MS = 86_400_000;
const BATCH = 1_000;

const WORDS = (
  'belasting ondernemer innovatie subsidie energie netcongestie aanbesteding mkb talent onderwijs ' +
  'zorg financiering bank krediet regeldruk vergunning transparantie data open source digitalisering ' +
  'arbeidsmarkt scholing stikstof woningbouw infrastructuur export investering startup scaleup ' +
  'circulair grondstoffen waterstof warmtenet kennisdeling universiteit octrooi durfkapitaal pensioen ' +
  'tax entrepreneur grid procurement skills health funding permits transparency hydrogen housing'
).split(' ');
const TAGS = ['energie', 'mkb', 'fiscaal', 'zorg', 'onderwijs', 'data', 'wonen', 'export', 'regeldruk'];
/** Slugs of the sector list (free text would be migrated at every start of the API). */
const SECTORS = [
  'energie',
  'zorg',
  'ict',
  'bouw',
  'financiele-dienstverlening',
  'agrarisch',
  'onderwijs',
  null,
];
/** The corpus's votes carry no sector, so the app counts them all under "anders". */
const sectorVotesOf = (up: number, down: number) => (up + down > 0 ? [{ sector: 'anders', up, down }] : []);

export interface CorpusState {
  /** Corpus authors and voters (index = generation order). */
  userIds: ObjectId[];
  /** The P2 voters: they authored nothing, so they may vote on every proposal. */
  voterIds: ObjectId[];
  /** Published proposals P2 votes on. */
  voteTargets: ObjectId[];
  proposals: number;
  votes: number;
  passwordHash: string;
}

export interface SeedReport {
  proposals: number;
  users: number;
  votes: number;
  seconds: number;
  proposalsPerSecond: number;
  documentsPerSecond: number;
}

function sentence(random: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)] ?? 'idee');
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function userDoc(id: ObjectId, label: string, index: number, passwordHash: string, random: () => number) {
  const createdAt = new Date(Date.now() - Math.floor(random() * 180 * DAY_MS));
  return {
    _id: id,
    email: `${label}-${index}@bench.example`,
    displayName: `${label === 'voter' ? 'Stemmer' : 'Ondernemer'} ${index}`,
    organization: random() < 0.7 ? `Bedrijf ${index} B.V.` : null,
    sector: SECTORS[Math.floor(random() * SECTORS.length)] ?? null,
    roles: ['MEMBER'],
    passwordHash,
    blockedAt: null,
    blockedReason: null,
    createdAt,
    updatedAt: createdAt,
    __v: 0,
  };
}

/** Inserts documents in batches, two batches in flight (what the embedded server takes best). */
async function insertAll(db: Db, collection: string, docs: readonly object[]): Promise<void> {
  const batches: object[][] = [];
  for (let i = 0; i < docs.length; i += BATCH) {
    batches.push(docs.slice(i, i + BATCH));
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      const batch = batches[next++];
      if (batch !== undefined) {
        await db.collection(collection).insertMany(batch, { ordered: false });
      }
    }
  };
  await Promise.all([worker(), worker()]);
}

export function emptyCorpus(passwordHash: string): CorpusState {
  return { userIds: [], voterIds: [], voteTargets: [], proposals: 0, votes: 0, passwordHash };
}

/**
 * Grows the corpus to `proposals` proposals (about `votesPerProposal` votes each, exponentially
 * distributed) and `users` corpus users, plus `voters` P2 voters on the first call.
 */
export async function growCorpus(
  db: Db,
  state: CorpusState,
  target: { proposals: number; users: number; voters: number; votesPerProposal: number },
): Promise<SeedReport> {
  const started = performance.now();
  const random = seededRandom(0x6b61 + state.proposals);
  const themes = await db
    .collection<{ _id: ObjectId }>('themes')
    .find({}, { projection: { _id: 1 } })
    .toArray();
  if (themes.length === 0) {
    throw new Error('No themes: the API creates them at start-up; start it before seeding.');
  }
  let documents = 0;
  const newUsers = [];
  while (state.userIds.length < target.users) {
    const id = new ObjectId();
    newUsers.push(userDoc(id, 'author', state.userIds.length, state.passwordHash, random));
    state.userIds.push(id);
  }
  while (state.voterIds.length < target.voters) {
    const id = new ObjectId();
    newUsers.push(userDoc(id, 'voter', state.voterIds.length, state.passwordHash, random));
    state.voterIds.push(id);
  }
  await insertAll(db, 'users', newUsers);
  documents += newUsers.length;

  const userCount = state.userIds.length;
  const now = Date.now();
  const firstNew = state.proposals;
  while (state.proposals < target.proposals) {
    const chunk = Math.min(5 * BATCH, target.proposals - state.proposals);
    const proposals = [];
    const votes = [];
    for (let i = 0; i < chunk; i += 1) {
      const _id = new ObjectId();
      const authorIndex = Math.floor(random() * userCount);
      const authorId = state.userIds[authorIndex] ?? new ObjectId();
      const createdAt = new Date(now - Math.floor(random() * 90 * DAY_MS));
      const title = sentence(random, 4 + Math.floor(random() * 8)).slice(0, 140);
      const body = Array.from({ length: 3 + Math.floor(random() * 6) }, () =>
        sentence(random, 8 + Math.floor(random() * 12)),
      ).join(' ');
      // Exponential around the mean, never more than the other users.
      const wanted = Math.min(userCount - 1, Math.floor(-Math.log(1 - random()) * target.votesPerProposal));
      const upShare = 0.3 + random() * 0.65;
      const voters = new Set<number>();
      while (voters.size < wanted) {
        const voter = Math.floor(random() * userCount);
        if (voter !== authorIndex) voters.add(voter);
      }
      let up = 0;
      let down = 0;
      let updatedAt = createdAt;
      for (const voter of voters) {
        const userId = state.userIds[voter] ?? new ObjectId();
        const value = random() < upShare ? 1 : -1;
        if (value === 1) up += 1;
        else down += 1;
        const at = new Date(createdAt.getTime() + Math.floor(random() * (now - createdAt.getTime())));
        if (at > updatedAt) updatedAt = at;
        votes.push({
          _id: `${_id.toHexString()}:${userId.toHexString()}`,
          proposalId: _id,
          userId,
          value,
          createdAt: at,
          updatedAt: at,
          __v: 0,
        });
      }
      const roll = random();
      const status = roll < 0.95 ? 'PUBLISHED' : roll < 0.98 ? 'HIDDEN' : 'WITHDRAWN';
      proposals.push({
        _id,
        title,
        body,
        themeId: themes[Math.floor(random() * themes.length)]?._id,
        authorId,
        tags: TAGS.filter(() => random() < 0.15).slice(0, 3),
        language: random() < 0.8 ? 'nl' : 'en',
        status,
        statusReason: status === 'PUBLISHED' ? null : 'Bench corpus',
        mergedInto: null,
        upvotes: up,
        downvotes: down,
        sectorVotes: sectorVotesOf(up, down),
        // No "which first?" answers: the schema's defaults, which the API no longer backfills
        // at every start (DataMigrations).
        scores: { ...scoresOf(up, down, createdAt, sectorVotesOf(up, down)), pairwise: 0 },
        pairwiseComparisons: 0,
        keywords: keywordsOf(`${title} ${body}`),
        flagCount: 0,
        moderatorCleared: false,
        createdAt,
        updatedAt,
        __v: 0,
      });
      if (status === 'PUBLISHED' && state.voteTargets.length < 500) {
        state.voteTargets.push(_id);
      }
    }
    await insertAll(db, 'proposals', proposals);
    await insertAll(db, 'votes', votes);
    state.proposals += chunk;
    state.votes += votes.length;
    documents += proposals.length + votes.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const added = state.proposals - firstNew;
  return {
    proposals: state.proposals,
    users: state.userIds.length + state.voterIds.length,
    votes: state.votes,
    seconds,
    proposalsPerSecond: added / seconds,
    documentsPerSecond: documents / seconds,
  };
}

/** Up and down votes per proposal id, from the votes collection (the truth). */
export async function tallyVotes(db: Db): Promise<Map<string, { up: number; down: number }>> {
  const tally = new Map<string, { up: number; down: number }>();
  const cursor = db
    .collection<{ proposalId: ObjectId; value: number }>('votes')
    .find({}, { projection: { proposalId: 1, value: 1 } });
  for await (const vote of cursor) {
    const key = vote.proposalId.toHexString();
    const counts = tally.get(key) ?? { up: 0, down: 0 };
    if (vote.value === 1) counts.up += 1;
    else counts.down += 1;
    tally.set(key, counts);
  }
  return tally;
}

export interface ConsistencyReport {
  proposalsChecked: number;
  counterMismatches: number;
  scoreMismatches: number;
  examples: string[];
}

/** Checks every proposal's counters against a recount and its scores against scoresOf. */
export async function checkCounters(db: Db): Promise<ConsistencyReport> {
  const tally = await tallyVotes(db);
  const report: ConsistencyReport = {
    proposalsChecked: 0,
    counterMismatches: 0,
    scoreMismatches: 0,
    examples: [],
  };
  const cursor = db
    .collection<{
      _id: ObjectId;
      upvotes: number;
      downvotes: number;
      createdAt: Date;
      sectorVotes: Parameters<typeof scoresOf>[3];
      scores: ReturnType<typeof scoresOf>;
    }>('proposals')
    .find({}, { projection: { upvotes: 1, downvotes: 1, createdAt: 1, sectorVotes: 1, scores: 1 } });
  for await (const proposal of cursor) {
    report.proposalsChecked += 1;
    const counted = tally.get(proposal._id.toHexString()) ?? { up: 0, down: 0 };
    if (counted.up !== proposal.upvotes || counted.down !== proposal.downvotes) {
      report.counterMismatches += 1;
      if (report.examples.length < 5) {
        report.examples.push(
          `${proposal._id.toHexString()}: stored ${proposal.upvotes}/${proposal.downvotes}, recount ${counted.up}/${counted.down}`,
        );
      }
    }
    // The stored counts per sector: the API's voters have sectors, the seeded votes do not.
    const expected = scoresOf(proposal.upvotes, proposal.downvotes, proposal.createdAt, proposal.sectorVotes);
    const stored = proposal.scores;
    if (
      (Object.keys(expected) as (keyof typeof expected)[]).some(
        (key) => Math.abs(expected[key] - stored[key]) > 1e-9,
      )
    ) {
      report.scoreMismatches += 1;
    }
  }
  return report;
}
