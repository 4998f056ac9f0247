import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { startMediumModule } from '../../../../test/support/medium';
import { ProposalsModule } from '../proposals.module';
import { ModerationRepository } from './moderation.repository';

describe('ModerationRepository', () => {
  let moduleRef: TestingModule;
  let moderation: ModerationRepository;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-moderation-repository', [ProposalsModule]);
    moderation = moduleRef.get(ModerationRepository);
  });

  afterAll(() => moduleRef.close());

  it('stores one flag per member and suggestion, and counts them per suggestion', async () => {
    const proposalId = new Types.ObjectId();
    const [a, b] = [new Types.ObjectId(), new Types.ObjectId()];
    expect(await moderation.insertFlag(proposalId, a, 'Reclame')).toBe(true);
    expect(await moderation.insertFlag(proposalId, a, 'Toch reclame')).toBe(false);
    expect(await moderation.insertFlag(proposalId, b, 'Reclame')).toBe(true);
    await moderation.insertFlag(new Types.ObjectId(), a, 'Ander voorstel');
    expect(await moderation.countFlags(proposalId)).toBe(2);
  });

  it('pages the audit log newest first', async () => {
    for (const action of ['HIDE', 'UNHIDE', 'AUTO_HIDE'] as const) {
      await moderation.record({
        action,
        actorId: null,
        proposalId: new Types.ObjectId(),
        targetId: null,
        reason: null,
      });
    }
    const first = await moderation.page(null, 2);
    expect(first.totalCount).toBe(3);
    expect(first.entries.map((entry) => entry.action)).toEqual(['AUTO_HIDE', 'UNHIDE']);
    const last = first.entries[1]!;
    const rest = await moderation.page({ key: last.at.getTime(), id: last._id.toHexString() }, 2);
    expect(rest.entries.map((entry) => entry.action)).toEqual(['HIDE']);
  });
});
