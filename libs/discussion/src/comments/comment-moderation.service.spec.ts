import type { TestingModule } from '@nestjs/testing';
import { Role, type User } from '@app/accounts';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@app/core';
import { AUTO_HIDE_FLAGS, ModerationService, ProposalsService } from '@app/proposals';
import { createUser, publishList, startMediumModule, submitProposal } from '../../../../test/support/medium';
import { DiscussionModule } from '../discussion.module';
import type { CommentRecord } from './comment.schema';
import { CommentModerationService } from './comment-moderation.service';
import { CommentsService } from './comments.service';
import { CommentAlignmentEnum } from './models/comment.model';

describe('CommentModerationService', () => {
  let moduleRef: TestingModule;
  let moderation: CommentModerationService;
  let comments: CommentsService;
  let proposals: ProposalsService;
  let author: User;
  let moderator: User;
  let members: User[];

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-comment-moderation-service', [DiscussionModule]);
    moderation = moduleRef.get(CommentModerationService);
    comments = moduleRef.get(CommentsService);
    proposals = moduleRef.get(ProposalsService);
    [author, moderator, ...members] = await Promise.all([
      createUser(moduleRef),
      createUser(moduleRef, [Role.MODERATOR, Role.EDITOR]),
      ...Array.from({ length: AUTO_HIDE_FLAGS + 1 }, () => createUser(moduleRef)),
    ]);
  });

  afterAll(() => moduleRef.close());

  async function comment(targetId?: string): Promise<CommentRecord> {
    const target = targetId ?? (await submitProposal(moduleRef, author))._id.toHexString();
    return comments.add(author, {
      targetId: target,
      body: 'Koop nu goedkope horloges bij ons!',
      alignment: CommentAlignmentEnum.IN_FAVOR,
    });
  }

  async function auditActions(commentId: string): Promise<string[]> {
    const log = await moduleRef.get(ModerationService).auditLog({ first: 50 });
    return log.edges
      .filter((edge) => edge.node.commentId?.toHexString() === commentId)
      .map((edge) => edge.node.action);
  }

  it(`hides a comment at ${AUTO_HIDE_FLAGS} reports from different members, and records it`, async () => {
    const added = await comment();
    const id = added._id.toHexString();
    await Promise.all(
      members.slice(0, AUTO_HIDE_FLAGS - 1).map((member) => moderation.flag(member, id, 'Reclame')),
    );
    expect(await comments.require(id)).toMatchObject({ status: 'PUBLISHED', flagCount: AUTO_HIDE_FLAGS - 1 });
    await expect(moderation.flag(members[0]!, id, 'Nog een keer')).rejects.toMatchObject({
      reason: 'ALREADY_FLAGGED',
    });
    await moderation.flag(members[AUTO_HIDE_FLAGS - 1]!, id, 'Reclame');
    expect(await comments.require(id)).toMatchObject({
      status: 'HIDDEN',
      flagCount: AUTO_HIDE_FLAGS,
      autoHidden: true,
    });
    expect(await auditActions(id)).toEqual(['AUTO_HIDE_COMMENT']);
    const log = await moduleRef.get(ModerationService).auditLog({ first: 1 });
    expect(log.edges[0]?.node.actorId).toBeNull();
    expect(log.edges[0]?.node.proposalId?.toHexString()).toBe(added.targetId);
    // Hidden, it no longer counts on its suggestion.
    expect((await proposals.require(added.targetId)).comments).toMatchObject({ total: 0, inFavor: 0 });
    expect((await moderation.flagged({ first: 50 })).edges.map((edge) => edge.node._id)).toContainEqual(
      added._id,
    );
  });

  it('does not hide again by reports once a moderator unhid it', async () => {
    const id = (await comment())._id.toHexString();
    for (const member of members.slice(0, AUTO_HIDE_FLAGS)) {
      await moderation.flag(member, id, 'Reclame');
    }
    const unhidden = await moderation.unhide(moderator, id);
    expect(unhidden).toMatchObject({ status: 'PUBLISHED', moderatorCleared: true, autoHidden: false });
    await moderation.flag(members[AUTO_HIDE_FLAGS]!, id, 'Nog steeds reclame');
    expect(await comments.require(id)).toMatchObject({ status: 'PUBLISHED', flagCount: AUTO_HIDE_FLAGS + 1 });
    expect(await auditActions(id)).toEqual(['UNHIDE_COMMENT', 'AUTO_HIDE_COMMENT']);
    const queue = await moderation.flagged({ first: 50 });
    expect(queue.edges.map((edge) => edge.node._id.toHexString())).not.toContain(id);
  });

  it('lets moderators hide and unhide, in the audit log, and refuses what makes no sense', async () => {
    const id = (await comment())._id.toHexString();
    await expect(moderation.unhide(moderator, id)).rejects.toMatchObject({ reason: 'COMMENT_NOT_HIDDEN' });
    await expect(moderation.hide(moderator, id, 'x')).rejects.toBeInstanceOf(InvalidInputError);
    expect(await moderation.hide(moderator, id, 'Buiten het onderwerp')).toMatchObject({
      status: 'HIDDEN',
      statusReason: 'Buiten het onderwerp',
      autoHidden: false,
    });
    expect((await moderation.unhide(moderator, id)).status).toBe('PUBLISHED');
    expect(await auditActions(id)).toEqual(['UNHIDE_COMMENT', 'HIDE_COMMENT']);
    await comments.delete(author, id);
    await expect(moderation.hide(moderator, id, 'Buiten het onderwerp')).rejects.toMatchObject({
      reason: 'COMMENT_DELETED',
    });
    await expect(moderation.hide(moderator, 'f'.repeat(24), 'Buiten het onderwerp')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('refuses reports on your own comment and on a deleted one', async () => {
    const added = await comment();
    const id = added._id.toHexString();
    await expect(moderation.flag(author, id, 'Reclame')).rejects.toBeInstanceOf(ForbiddenError);
    await comments.delete(author, id);
    await expect(moderation.flag(members[0]!, id, 'Reclame')).rejects.toBeInstanceOf(ConflictError);
  });

  it('records a comment on a list item without a suggestion in the audit log', async () => {
    const proposal = await submitProposal(moduleRef, author);
    const list = await publishList(moduleRef, moderator, [[proposal]]);
    const itemId = list.content.items[0]!.id;
    const id = (await comment(itemId))._id.toHexString();
    await moderation.hide(moderator, id, 'Buiten het onderwerp');
    const log = await moduleRef.get(ModerationService).auditLog({ first: 1 });
    expect(log.edges[0]?.node).toMatchObject({ action: 'HIDE_COMMENT', proposalId: null });
  });
});
