import { getModelToken } from '@nestjs/mongoose';
import type { TestingModule } from '@nestjs/testing';
import { type Model, Types } from 'mongoose';
import { AuthService, REMOVED_MEMBER_ID, UsersService } from '@app/accounts';
import { type CommentFlagRecord, type CommentRecord, type CommentVoteRecord } from '@app/discussion';
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

  it("exports a member's comments, comment votes and reports, and on deletion recounts what they moved", async () => {
    const member = await createUser(moduleRef);
    const other = await createUser(moduleRef);
    const proposal = await submitProposal(moduleRef, other, 'Een voorstel met reacties');
    const comments = moduleRef.get<Model<CommentRecord>>(getModelToken('Comment'));
    const commentVotes = moduleRef.get<Model<CommentVoteRecord>>(getModelToken('CommentVote'));
    const commentFlags = moduleRef.get<Model<CommentFlagRecord>>(getModelToken('CommentFlag'));
    const comment = (
      on: Types.ObjectId,
      counts: Partial<CommentRecord>,
    ): Omit<CommentRecord, '_id'> & {
      _id: Types.ObjectId;
    } => ({
      _id: new Types.ObjectId(),
      targetId: proposal._id.toHexString(),
      targetType: 'PROPOSAL',
      listId: null,
      authorId: on,
      body: 'Een reactie om te bewaren',
      alignment: 'IN_FAVOR',
      parentId: null,
      status: 'PUBLISHED',
      statusReason: null,
      upvotes: 0,
      downvotes: 0,
      replyCount: 0,
      bestScore: 0,
      flagCount: 0,
      moderatorCleared: false,
      autoHidden: false,
      createdAt: new Date(),
      editedAt: null,
      ...counts,
    });
    // The member's own comment, and one by another member that the member and a third voted on.
    const own = comment(member._id, {});
    const theirs = comment(other._id, { upvotes: 2, flagCount: 1 });
    await comments.insertMany([own, theirs]);
    const third = new Types.ObjectId();
    await commentVotes.insertMany([
      {
        _id: `${theirs._id.toHexString()}:${member._id.toHexString()}`,
        commentId: theirs._id,
        userId: member._id,
        value: 1,
      },
      {
        _id: `${theirs._id.toHexString()}:${third.toHexString()}`,
        commentId: theirs._id,
        userId: third,
        value: 1,
      },
    ]);
    await commentFlags.create({
      _id: `${theirs._id.toHexString()}:${member._id.toHexString()}`,
      commentId: theirs._id,
      userId: member._id,
      reason: 'Onvriendelijk',
    });

    const exported = JSON.parse(await privacy.exportData(member)) as {
      comments: Record<string, unknown>[];
      commentVotes: unknown[];
      commentFlags: Record<string, unknown>[];
    };
    expect(exported.comments).toEqual([
      expect.objectContaining({
        id: own._id.toHexString(),
        targetId: proposal._id.toHexString(),
        alignment: 'IN_FAVOR',
        body: 'Een reactie om te bewaren',
        status: 'PUBLISHED',
      }),
    ]);
    expect(exported.commentVotes).toEqual([{ commentId: theirs._id.toHexString(), value: 'UP' }]);
    expect(exported.commentFlags).toEqual([
      expect.objectContaining({ commentId: theirs._id.toHexString(), reason: 'Onvriendelijk' }),
    ]);

    await privacy.deleteAccount(member, TEST_PASSWORD);
    const [ownAfter, theirsAfter] = await Promise.all([
      comments.findById(own._id).lean<CommentRecord>().exec(),
      comments.findById(theirs._id).lean<CommentRecord>().exec(),
    ]);
    expect(ownAfter).toMatchObject({ body: 'Een reactie om te bewaren', status: 'PUBLISHED' });
    expect(ownAfter!.authorId.equals(REMOVED_MEMBER_ID)).toBe(true);
    expect(theirsAfter).toMatchObject({ upvotes: 1, downvotes: 0, flagCount: 0 });
    expect(theirsAfter!.bestScore).toBeGreaterThan(0);
    expect(await commentVotes.countDocuments({ userId: member._id })).toBe(0);
    expect(await commentFlags.countDocuments({ userId: member._id })).toBe(0);
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
