import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { Role, type User } from '@app/accounts';
import { InvalidInputError, NotFoundError } from '@app/core';
import { ModerationService } from '@app/proposals';
import { createUser, publishList, startMediumModule, submitProposal } from '../../../../test/support/medium';
import { DiscussionModule } from '../discussion.module';
import { CommentFeed } from './comment-feed';
import { CommentsService } from './comments.service';
import { CommentAlignmentEnum } from './models/comment.model';

describe('CommentFeed', () => {
  let moduleRef: TestingModule;
  let feed: CommentFeed;
  let comments: CommentsService;
  let author: User;
  let editor: User;
  let moderator: User;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-comment-feed', [DiscussionModule]);
    feed = moduleRef.get(CommentFeed);
    comments = moduleRef.get(CommentsService);
    [author, editor, moderator] = await Promise.all([
      createUser(moduleRef),
      createUser(moduleRef, [Role.EDITOR]),
      createUser(moduleRef, [Role.MODERATOR]),
    ]);
  });

  afterAll(() => moduleRef.close());

  const add = (targetId: string) =>
    comments.add(author, {
      targetId,
      body: 'Een reactie om live te sturen.',
      alignment: CommentAlignmentEnum.IN_FAVOR,
      parentId: null,
    });

  it('refuses a malformed id, and an id that is no public target', async () => {
    await expect(feed.subscribe('geen-id')).rejects.toBeInstanceOf(InvalidInputError);
    await expect(feed.subscribe(new Types.ObjectId().toHexString())).rejects.toBeInstanceOf(NotFoundError);
    const hidden = await submitProposal(moduleRef, author, 'Voorstel dat verborgen is');
    await moduleRef.get(ModerationService).hide(moderator, hidden._id.toHexString(), 'Spam');
    await expect(feed.subscribe(hidden._id.toHexString())).rejects.toBeInstanceOf(NotFoundError);
  });

  it('sends a published comment on its own target while the target is public', async () => {
    const proposal = await submitProposal(moduleRef, author, 'Voorstel om te volgen');
    const id = proposal._id.toHexString();
    const comment = await add(id);
    expect(await feed.deliverable(comment, id)).toEqual({ listSlug: null });
    expect(await feed.deliverable(comment, new Types.ObjectId().toHexString())).toBeUndefined();
    expect(await feed.deliverable({ ...comment, status: 'HIDDEN' }, id)).toBeUndefined();
    await moduleRef.get(ModerationService).hide(moderator, id, 'Spam');
    expect(await feed.deliverable(comment, id)).toBeUndefined();
  });

  it("sends comments on an item of a published list with the list's slug", async () => {
    const proposal = await submitProposal(moduleRef, author, 'Voorstel op een lijst');
    const view = await publishList(moduleRef, editor, [[proposal]], 'Lijst om live te volgen');
    const itemId = view.content.items[0]!.id;
    await expect(feed.subscribe(itemId)).resolves.toBeDefined();
    expect(await feed.deliverable(await add(itemId), itemId)).toEqual({ listSlug: view.list.slug });
  });
});
