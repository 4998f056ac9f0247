import { getModelToken } from '@nestjs/mongoose';
import type { TestingModule } from '@nestjs/testing';
import { type Model, Types } from 'mongoose';
import { startMediumModule } from '../../../test/support/medium';
import { ACCOUNT_DELETION_MODEL, type AccountDeletionRecord } from './account-deletion.schema';
import { PERSONAL_COLLECTIONS } from './personal-data';
import { PersonalDataRepository } from './personal-data.repository';
import { PrivacyModule } from './privacy.module';

describe('PersonalDataRepository', () => {
  let moduleRef: TestingModule;
  let data: PersonalDataRepository;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-personal-data', [PrivacyModule]);
    data = moduleRef.get(PersonalDataRepository);
  });

  afterAll(() => moduleRef.close());

  it('keeps the first record of a deletion begun twice, until it ends', async () => {
    const first = {
      _id: new Types.ObjectId().toHexString(),
      email: 'weg@example.nl',
      requestedAt: new Date(1_000),
    };
    expect(await data.beginDeletion(first)).toEqual(first);
    expect(await data.beginDeletion({ ...first, requestedAt: new Date(2_000) })).toEqual(first);
    expect(await data.pendingDeletions()).toEqual([first]);
    await data.endDeletion(first._id);
    await data.endDeletion(first._id);
    expect(await data.pendingDeletions()).toEqual([]);
  });

  it('reads (in batches) and deletes the documents naming one person, and only those', async () => {
    const [member, other] = [new Types.ObjectId(), new Types.ObjectId()];
    const follows = moduleRef
      .get<Model<AccountDeletionRecord>>(getModelToken(ACCOUNT_DELETION_MODEL))
      .db.collection<{ _id: string; targetId: string; userId: Types.ObjectId }>(PERSONAL_COLLECTIONS.follows);
    await follows.insertMany(
      Array.from({ length: 1_200 }, (_, index) => {
        const userId = index % 2 === 0 ? member : other;
        return { _id: `t${index}:${userId.toHexString()}`, targetId: `t${index}`, userId };
      }),
    );
    const read: unknown[] = [];
    for await (const follow of data.each(PERSONAL_COLLECTIONS.follows, { userId: member }, { targetId: 1 })) {
      read.push(follow);
    }
    expect(read).toHaveLength(600);
    expect(read[0]).toEqual({ _id: `t0:${member.toHexString()}`, targetId: 't0' });
    expect(await data.findById(PERSONAL_COLLECTIONS.follows, `t1:${other.toHexString()}`)).toMatchObject({
      targetId: 't1',
    });
    expect(await data.deleteWhere(PERSONAL_COLLECTIONS.follows, { userId: member })).toBe(600);
    expect(await follows.countDocuments({ userId: other })).toBe(600);
    expect(await follows.countDocuments({ userId: member })).toBe(0);
  });
});
