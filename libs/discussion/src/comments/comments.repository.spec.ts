import { getModelToken, MongooseModule } from '@nestjs/mongoose';
import type { TestingModule } from '@nestjs/testing';
import { type Model, Types } from 'mongoose';
import { startMediumModule } from '../../../../test/support/medium';
import { COMMENT_MODEL, type CommentRecord, commentSchema } from './comment.schema';
import { CommentsRepository } from './comments.repository';

describe('CommentsRepository', () => {
  let moduleRef: TestingModule;
  let comments: CommentsRepository;
  let model: Model<CommentRecord>;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-comments-repository', [
      {
        module: class CommentsTestModule {},
        imports: [MongooseModule.forFeature([{ name: COMMENT_MODEL, schema: commentSchema }])],
        providers: [CommentsRepository],
      },
    ]);
    comments = moduleRef.get(CommentsRepository);
    model = moduleRef.get(getModelToken(COMMENT_MODEL));
  });

  afterAll(() => moduleRef.close());

  async function store(fields: Partial<CommentRecord>): Promise<string> {
    const [stored] = await model.insertMany([
      {
        targetId: new Types.ObjectId().toHexString(),
        targetType: 'PROPOSAL',
        authorId: new Types.ObjectId(),
        body: 'Een reactie',
        alignment: 'NEUTRAL',
        status: 'PUBLISHED',
        createdAt: new Date(),
        ...fields,
      },
    ]);
    return stored!._id.toHexString();
  }

  it('pages the comments waiting for a moderator, most flags first', async () => {
    const three = await store({ flagCount: 3 });
    const autoHidden = await store({ flagCount: 5, status: 'HIDDEN', autoHidden: true });
    const one = await store({ flagCount: 1 });
    const otherOne = await store({ flagCount: 1 });
    // Decided or never reported: not in the queue.
    await store({ flagCount: 0 });
    await store({ flagCount: 6, moderatorCleared: true });
    await store({ flagCount: 2, status: 'HIDDEN', statusReason: 'Door een moderator' });
    await store({ flagCount: 5, status: 'DELETED', body: '' });

    const first = await comments.flaggedPage(null, 3);
    expect(first.totalCount).toBe(4);
    expect(first.comments.map((comment) => comment._id.toHexString())).toEqual([
      autoHidden,
      three,
      [one, otherOne].sort().at(-1),
    ]);
    const last = first.comments[2]!;
    const rest = await comments.flaggedPage({ key: last.flagCount, id: last._id.toHexString() }, 3);
    expect(rest.comments.map((comment) => comment._id.toHexString())).toEqual([[one, otherOne].sort()[0]]);
  });
});
