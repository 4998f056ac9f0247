import { setTimeout as sleep } from 'node:timers/promises';
import { getModelToken } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { seededRandom } from '@app/core';
import { EmbeddedMongoServer } from '@app/database';
import type { SignedInUser } from './support/accounts';
import { type ProposalView, vote } from './support/proposals';
import { waitFor } from './support/processes';
import { countersEqualRecount, startVotingOnOwnDatabase } from './support/own-database';
import type { TestApp } from './support/test-app';

const OUTAGE_MS = 10_000;
const VOTERS = 30;

interface Attempt {
  key: string;
  value: 1 | -1 | null;
  startedAt: number;
  endedAt: number;
  code: string | null;
}

describe('a database outage while members vote', () => {
  let server: EmbeddedMongoServer;
  let binaryPath: string;
  let sqliteDir: string;
  let t: TestApp;
  let proposals: ProposalView[];
  let voters: SignedInUser[];

  beforeAll(async () => {
    ({ server, binaryPath, sqliteDir, t, proposals, voters } = await startVotingOnOwnDatabase(
      'database_fault',
      VOTERS,
    ));
  }, 60_000);

  afterAll(async () => {
    await t.close();
    await server.stop();
  });

  it('fails fast with UNAVAILABLE during a 10 s outage, recovers on its own and keeps every acknowledged vote', async () => {
    const random = seededRandom(Number(process.env.FAULT_SEED ?? 2026_11_27));
    const attempts: Attempt[] = [];
    let stopping = false;
    const voting = Promise.all(
      voters.map(async (voter) => {
        while (!stopping) {
          const proposal = proposals[Math.floor(random() * proposals.length)]!;
          const choice = random();
          const value = choice < 0.45 ? 'UP' : choice < 0.8 ? 'DOWN' : null;
          const startedAt = Date.now();
          const response = await vote(t, voter, proposal.id, value);
          attempts.push({
            key: `${proposal.id}:${voter.user._id.toHexString()}`,
            value: value === null ? null : value === 'UP' ? 1 : -1,
            startedAt,
            endedAt: Date.now(),
            code: response.errors ? (response.errors[0]?.extensions?.code ?? 'NONE') : null,
          });
          await sleep(50 + random() * 100);
        }
      }),
    );

    await sleep(3_000);
    const port = new URL(server.uri).port;
    await server.stop();
    const outageStart = Date.now();
    await sleep(OUTAGE_MS);
    server = await EmbeddedMongoServer.start({
      binaryPath,
      sqliteDir,
      port: Number(port),
      restartOnExit: false,
    });
    const outageEnd = Date.now();
    await waitFor(
      'votes succeed again',
      () => attempts.some((attempt) => attempt.startedAt > outageEnd && attempt.code === null),
      15_000,
    );
    await sleep(2_000);
    stopping = true;
    await voting;

    const during = attempts.filter((a) => a.startedAt > outageStart + 500 && a.endedAt < outageEnd);
    expect(during.length).toBeGreaterThan(VOTERS);
    expect(new Set(during.map((a) => a.code))).toEqual(new Set(['UNAVAILABLE']));
    // A request in flight when the server stops may wait out two server selections (1.5 s each,
    // the retry included); one that starts during the outage fails within one.
    const slowest = Math.max(...attempts.map((a) => a.endedAt - a.startedAt));
    const slowestDuring = Math.max(...during.map((a) => a.endedAt - a.startedAt));
    const slowestAttempt = attempts.find((a) => a.endedAt - a.startedAt === slowest)!;
    process.stderr.write(
      `database fault: slowest vote started ${slowestAttempt.startedAt - outageStart} ms after the outage began, ` +
        `took ${slowest} ms, ended with ${slowestAttempt.code ?? 'success'}; slowest during ${slowestDuring} ms\n`,
    );
    expect(slowest).toBeLessThan(8_000);
    expect(slowestDuring).toBeLessThan(4_000);

    // Every pair whose last attempt was acknowledged holds exactly that vote.
    const last = new Map<string, Attempt>();
    for (const attempt of [...attempts].sort((a, b) => a.startedAt - b.startedAt))
      last.set(attempt.key, attempt);
    const votes = t.app.get<Model<{ _id: string; proposalId: Types.ObjectId; value: number }>>(
      getModelToken('Vote'),
    );
    const stored = new Map((await votes.find({}).lean().exec()).map((v) => [v._id, v.value]));
    const acknowledged = [...last.values()].filter((attempt) => attempt.code === null);
    expect(acknowledged.length).toBeGreaterThan(VOTERS);
    for (const attempt of acknowledged) {
      expect([attempt.key, stored.get(attempt.key) ?? null]).toEqual([attempt.key, attempt.value]);
    }

    // Counters left unsure by a failed write are recounted once the database is back.
    await waitFor('counters equal a recount', () => countersEqualRecount(t), 10_000);
    process.stderr.write(
      `database fault: ${attempts.length} vote requests, ${during.length} during the outage (all UNAVAILABLE, slowest ${slowestDuring} ms; slowest of all ${slowest} ms), ${acknowledged.length} acknowledged pairs all stored\n`,
    );
  }, 120_000);
});
