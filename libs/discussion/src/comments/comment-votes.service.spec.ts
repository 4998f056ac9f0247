import type { TestingModule } from '@nestjs/testing';
import { Role, type User, UsersService } from '@app/accounts';
import { ForbiddenError, NotAuthenticatedError, NotFoundError } from '@app/core';
import { ModerationService } from '@app/proposals';
import { createUser, startMediumModule, submitProposal } from '../../../../test/support/medium';
import { DiscussionModule } from '../discussion.module';
import { wilsonLowerBound } from './best-score';
import type { CommentRecord } from './comment.schema';
import { CommentVotesService } from './comment-votes.service';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';
import { CommentAlignmentEnum } from './models/comment.model';

describe('CommentVotesService', () => {
  let moduleRef: TestingModule;
  let votes: CommentVotesService;
  let comments: CommentsService;
  let author: User;
  let moderator: User;
  let members: User[];

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-comment-votes-service', [DiscussionModule]);
    votes = moduleRef.get(CommentVotesService);
    comments = moduleRef.get(CommentsService);
    [author, moderator, ...members] = await Promise.all([
      createUser(moduleRef),
      createUser(moduleRef, [Role.MODERATOR]),
      ...Array.from({ length: 3 }, () => createUser(moduleRef)),
    ]);
  });

  afterAll(() => moduleRef.close());

  async function comment(by: User = author): Promise<CommentRecord> {
    const proposal = await submitProposal(moduleRef, by);
    return comments.add(by, {
      targetId: proposal._id.toHexString(),
      body: 'Dit helpt ondernemers echt vooruit.',
      alignment: CommentAlignmentEnum.IN_FAVOR,
    });
  }

  it('counts one vote per member, flips it, keeps the same value, and takes it back', async () => {
    const id = (await comment())._id.toHexString();
    const [a, b, c] = members as [User, User, User];
    await Promise.all(Array.from({ length: 10 }, () => votes.cast(a, id, true)));
    await votes.cast(b, id, true);
    const down = await votes.cast(c, id, false);
    expect(down.vote?.value).toBe(-1);
    expect(down.comment).toMatchObject({ upvotes: 2, downvotes: 1, bestScore: wilsonLowerBound(2, 1) });
    expect((await votes.cast(b, id, false)).comment).toMatchObject({ upvotes: 1, downvotes: 2 });
    expect((await votes.cast(b, id, false)).comment).toMatchObject({ upvotes: 1, downvotes: 2 });
    const retracted = await votes.retract(a, id);
    expect(retracted).toMatchObject({ vote: null, comment: { upvotes: 0, downvotes: 2 } });
    expect((await votes.retract(a, id)).comment).toMatchObject({ upvotes: 0, downvotes: 2 });
    expect(await comments.require(id)).toMatchObject({
      upvotes: 0,
      downvotes: 2,
      bestScore: wilsonLowerBound(0, 2),
    });
  });

  it('refuses votes on your own comment, on hidden or deleted ones, and from blocked members', async () => {
    const own = await comment();
    await expect(votes.cast(author, own._id.toHexString(), true)).rejects.toMatchObject({
      reason: 'OWN_COMMENT',
    });
    const hidden = await comment();
    await comments.changeStatus(hidden._id.toHexString(), () => ({ status: 'HIDDEN' }));
    // A member may not read it at all.
    await expect(votes.cast(members[0]!, hidden._id.toHexString(), true)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const deleted = await comment();
    await comments.delete(author, deleted._id.toHexString());
    await expect(votes.cast(members[0]!, deleted._id.toHexString(), true)).rejects.toMatchObject({
      reason: 'COMMENT_NOT_PUBLISHED',
    });
    const open = await comment();
    const blocked = await createUser(moduleRef);
    await moduleRef.get(UsersService).setBlocked(moderator, blocked._id.toHexString(), 'Spam');
    await expect(votes.cast(blocked, open._id.toHexString(), true)).rejects.toBeInstanceOf(
      NotAuthenticatedError,
    );
  });

  it('closes votes with the comments of a suggestion that is hidden', async () => {
    const proposal = await submitProposal(moduleRef, author);
    const id = proposal._id.toHexString();
    const added = await comments.add(members[0]!, {
      targetId: id,
      body: 'Een reactie op een suggestie die verdwijnt.',
      alignment: CommentAlignmentEnum.AGAINST,
    });
    await moduleRef.get(ModerationService).hide(moderator, id, 'Buiten het onderwerp');
    // Members read the suggestion no longer; a moderator does, but it is closed.
    await expect(votes.cast(members[1]!, added._id.toHexString(), true)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(votes.cast(moderator, added._id.toHexString(), true)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('recounts a comment whose counters went wrong', async () => {
    const added = await comment();
    await votes.cast(members[0]!, added._id.toHexString(), true);
    await votes.cast(members[1]!, added._id.toHexString(), false);
    expect(await votes.recount(added._id)).toBe(false);
    await moduleRef.get(CommentsRepository).update(added._id, { upvotes: 7, downvotes: 0 });
    expect(await votes.recount(added._id)).toBe(true);
    expect(await comments.require(added._id.toHexString())).toMatchObject({ upvotes: 1, downvotes: 1 });
  });

  it('imports many votes and sets each comment’s counters from them, keeping votes that exist', async () => {
    const [a, b, c] = members as [User, User, User];
    const first = await comment();
    const second = await comment(moderator);
    await votes.cast(a, first._id.toHexString(), false);
    await votes.importVotes([
      { commentId: first._id, userId: a._id, value: 1 },
      { commentId: first._id, userId: b._id, value: 1 },
      { commentId: first._id, userId: c._id, value: -1 },
      { commentId: second._id, userId: a._id, value: 1 },
    ]);
    // a's earlier vote down stays: an import never changes a vote.
    expect(await comments.require(first._id.toHexString())).toMatchObject({
      upvotes: 1,
      downvotes: 2,
      bestScore: wilsonLowerBound(1, 2),
    });
    expect(await comments.require(second._id.toHexString())).toMatchObject({ upvotes: 1, downvotes: 0 });
  });
});
