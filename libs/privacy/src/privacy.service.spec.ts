import { getModelToken } from '@nestjs/mongoose';
import type { TestingModule } from '@nestjs/testing';
import { type Model, Types } from 'mongoose';
import { AuthService, REMOVED_MEMBER_ID, UsersService } from '@app/accounts';
import { NotificationsModule } from '@app/notifications';
import { ProposalsService, VotesService } from '@app/proposals';
import { createUser, startMediumModule, submitProposal, TEST_PASSWORD } from '../../../test/support/medium';
import { PERSONAL_COLLECTIONS } from './personal-data';
import { PersonalDataRepository } from './personal-data.repository';
import { PrivacyModule } from './privacy.module';
import { PrivacyService } from './privacy.service';

interface Exported {
  profile: Record<string, unknown>;
  votes: { proposalId: string; value: string }[];
  notificationPreferences: Record<string, unknown> | null;
}

describe('PrivacyService', () => {
  let moduleRef: TestingModule;
  let privacy: PrivacyService;
  let data: PersonalDataRepository;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-privacy-service', [PrivacyModule, NotificationsModule]);
    privacy = moduleRef.get(PrivacyService);
    data = moduleRef.get(PersonalDataRepository);
  });

  afterAll(() => moduleRef.close());

  it('exports a member with ten thousand votes, and their preferences read by id', async () => {
    const member = await createUser(moduleRef);
    const author = await createUser(moduleRef);
    const proposal = await submitProposal(moduleRef, author);
    const votes = moduleRef.get<Model<{ _id: string }>>(getModelToken('Vote'));
    // Votes on suggestions that need not exist: the export reads the votes, not the suggestions.
    await votes.insertMany(
      Array.from({ length: 10_000 }, (_, index) => {
        const proposalId = index === 0 ? proposal._id : new Types.ObjectId();
        return {
          _id: `${proposalId.toHexString()}:${member._id.toHexString()}`,
          proposalId,
          userId: member._id,
          value: 1,
          sector: null,
          createdAt: new Date(),
          updatedAt: new Date(),
        };
      }),
      { lean: true },
    );
    await votes.db
      .collection<{ _id: string; digest: string }>(PERSONAL_COLLECTIONS.notificationPreferences)
      .insertOne({ _id: member._id.toHexString(), digest: 'WEEKLY' });

    const exported = JSON.parse(await privacy.exportData(member)) as Exported;
    expect(exported.votes).toHaveLength(10_000);
    expect(exported.votes[0]).toMatchObject({ value: 'UP' });
    expect(exported.notificationPreferences).toEqual({ digest: 'WEEKLY' });
    expect(exported.profile).not.toHaveProperty('passwordHash');
  }, 60_000);

  it('finishes a deletion that a crash cut short after the account was closed', async () => {
    const member = await createUser(moduleRef);
    const other = await createUser(moduleRef);
    const own = await submitProposal(moduleRef, member, 'Een voorstel van wie vertrekt');
    const voted = await submitProposal(moduleRef, other, 'Een voorstel om op te stemmen');
    await moduleRef.get(VotesService).cast(member, voted._id.toHexString(), 'UP');
    // The first steps of deleteAccount, then the "crash".
    await data.beginDeletion({ _id: member._id.toHexString(), email: member.email, requestedAt: new Date() });
    await moduleRef.get(AuthService).closeForDeletion(member._id);
    expect((await moduleRef.get(UsersService).findById(member._id.toHexString()))?.blockedAt).not.toBeNull();

    expect(await privacy.finishPendingDeletions()).toBe(1);
    expect(await privacy.finishPendingDeletions()).toBe(0);
    expect(await moduleRef.get(UsersService).findById(member._id.toHexString())).toBeNull();
    const proposals = moduleRef.get(ProposalsService);
    expect((await proposals.require(own._id.toHexString())).authorId.equals(REMOVED_MEMBER_ID)).toBe(true);
    expect(await proposals.require(voted._id.toHexString())).toMatchObject({ upvotes: 0 });
    expect(await data.pendingDeletions()).toEqual([]);
  });

  it('refuses a wrong password and changes nothing', async () => {
    const member = await createUser(moduleRef);
    await expect(privacy.deleteAccount(member, `${TEST_PASSWORD}x`)).rejects.toMatchObject({
      reason: 'WRONG_PASSWORD',
    });
    expect(await moduleRef.get(UsersService).findById(member._id.toHexString())).toMatchObject({
      blockedAt: null,
    });
    expect(await data.pendingDeletions()).toEqual([]);
  });
});
