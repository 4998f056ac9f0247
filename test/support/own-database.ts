import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getModelToken } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { EmbeddedMongoServer, ensureEmbeddedMongoBinary } from '@app/database';
import { createSignedInUser, type SignedInUser } from './accounts';
import { type ProposalView, submitProposal, themeIds } from './proposals';
import { startTestApp, type TestApp } from './test-app';

export interface VotingOnOwnDatabase {
  server: EmbeddedMongoServer;
  binaryPath: string;
  /** The server's SQLite files, to start it again on the same data. */
  sqliteDir: string;
  t: TestApp;
  /** Three suggestions by one author. */
  proposals: ProposalView[];
  voters: SignedInUser[];
}

/**
 * The app on an embedded server of its own, for a test that stops or pauses the database (doing
 * that to the run's shared server would break the other spec files), with three suggestions and
 * `voterCount` signed-in members of the VOTER_SECTORS; throttling is out of the way of the load the test makes.
 */
export async function startVotingOnOwnDatabase(
  name: string,
  voterCount: number,
): Promise<VotingOnOwnDatabase> {
  const binaryPath = await ensureEmbeddedMongoBinary();
  const sqliteDir = mkdtempSync(join(tmpdir(), `kabinet-${name}-`));
  const server = await EmbeddedMongoServer.start({ binaryPath, sqliteDir, restartOnExit: false });
  const t = await startTestApp(`e2e_${name}`, {
    MONGODB_URI: server.uri,
    THROTTLE_MUTATIONS_PER_IP: '1000000',
    THROTTLE_MUTATIONS_PER_USER: '1000000',
    THROTTLE_VOTES_PER_USER: '1000000',
  });
  const themeId = Object.values(await themeIds(t))[0]!;
  const author = await createSignedInUser(t);
  const proposals: ProposalView[] = [];
  for (const title of ['Minder regels', 'Snellere vergunningen', 'Eerlijke belasting']) {
    proposals.push(await submitProposal(t, author, { title, themeId }));
  }
  const voters: SignedInUser[] = [];
  for (let index = 0; index < voterCount; index += 1) {
    voters.push(await createSignedInUser(t, [], 'Test user', VOTER_SECTORS[index % VOTER_SECTORS.length]));
  }
  return { server, binaryPath, sqliteDir, t, proposals, voters };
}

/** Sectors the voters of these tests belong to, and none (their votes count under "anders"). */
export const VOTER_SECTORS = ['bouw', 'zorg', 'ict', null] as const;

type SectorCount = { sector: string; up: number; down: number };

/**
 * Whether every suggestion's counters, overall and per sector, equal a recount of its votes, read
 * straight from the collections and counted here, not by the code under test.
 */
export async function countersEqualRecount(t: TestApp): Promise<boolean> {
  const votes = t.app.get<
    Model<{ _id: string; proposalId: Types.ObjectId; value: number; sector: string | null }>
  >(getModelToken('Vote'));
  const proposals = t.app.get<
    Model<{ _id: Types.ObjectId; upvotes: number; downvotes: number; sectorVotes: SectorCount[] }>
  >(getModelToken('Proposal'));
  const all = await votes.find({}).lean().exec();
  const stored = await proposals.find({}).lean().exec();
  return stored.every((p) => {
    const own = all.filter((v) => v.proposalId.equals(p._id));
    const bySector = new Map<string, SectorCount>();
    for (const v of own) {
      const sector = v.sector ?? 'anders';
      const count = bySector.get(sector) ?? { sector, up: 0, down: 0 };
      if (v.value === 1) count.up += 1;
      else count.down += 1;
      bySector.set(sector, count);
    }
    const expected = [...bySector.values()].sort((a, b) => a.sector.localeCompare(b.sector));
    const actual = p.sectorVotes.map(({ sector, up, down }) => ({ sector, up, down }));
    return (
      p.upvotes === own.filter((v) => v.value === 1).length &&
      p.downvotes === own.filter((v) => v.value === -1).length &&
      JSON.stringify(actual) === JSON.stringify(expected)
    );
  });
}
