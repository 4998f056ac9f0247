import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { startMediumModule } from '../../../../test/support/medium';
import { DiscussionModule } from '../discussion.module';
import type { CommentRecord } from './comment.schema';
import { CommentsRepository } from './comments.repository';

describe('CommentsRepository', () => {
  let moduleRef: TestingModule;
  let comments: CommentsRepository;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-comments-repository', [DiscussionModule]);
    comments = moduleRef.get(CommentsRepository);
  });

  afterAll(() => moduleRef.close());

  function insert(targetId: string, parentId: Types.ObjectId | null = null): Promise<CommentRecord> {
    return comments.insert({
      _id: new Types.ObjectId(),
      targetId,
      targetType: 'PROPOSAL',
      listId: null,
      authorId: new Types.ObjectId(),
      body: 'Een reactie',
      alignment: 'NEUTRAL',
      parentId,
      bestScore: 0,
      createdAt: new Date(),
    });
  }

  it('stores a new comment published, without votes, reports or replies', async () => {
    const stored = await insert(new Types.ObjectId().toHexString());
    expect(stored).toMatchObject({
      status: 'PUBLISHED',
      statusReason: null,
      upvotes: 0,
      downvotes: 0,
      replyCount: 0,
      flagCount: 0,
      moderatorCleared: false,
      editedAt: null,
    });
    expect(await comments.findById(stored._id)).toMatchObject({ _id: stored._id, body: 'Een reactie' });
  });

  it('reads the comments of a target, the replies of threads, and comments by id', async () => {
    const target = new Types.ObjectId().toHexString();
    const [a, b] = [await insert(target), await insert(target)];
    const replies = [await insert(target, a._id), await insert(target, a._id), await insert(target, b._id)];
    await insert(new Types.ObjectId().toHexString());
    expect((await comments.ofTarget(target)).map((c) => c._id.toHexString()).sort()).toEqual(
      [a, b, ...replies].map((c) => c._id.toHexString()).sort(),
    );
    expect((await comments.repliesOf([a._id])).map((c) => c._id.toHexString()).sort()).toEqual(
      replies
        .slice(0, 2)
        .map((c) => c._id.toHexString())
        .sort(),
    );
    expect((await comments.findMany([b._id, new Types.ObjectId(), a._id])).map((c) => c._id)).toEqual([
      b._id,
      a._id,
    ]);
  });

  it('updates the fields given', async () => {
    const stored = await insert(new Types.ObjectId().toHexString());
    await comments.update(stored._id, { status: 'DELETED', body: '' });
    expect(await comments.findById(stored._id)).toMatchObject({
      status: 'DELETED',
      body: '',
      alignment: 'NEUTRAL',
    });
  });
});
