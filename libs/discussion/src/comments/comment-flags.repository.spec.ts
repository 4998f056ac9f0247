import { MongooseModule } from '@nestjs/mongoose';
import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { startMediumModule } from '../../../../test/support/medium';
import { COMMENT_FLAG_MODEL, commentFlagSchema } from './comment.schema';
import { CommentFlagsRepository } from './comment-flags.repository';
import { commentVoteId } from './comment-votes.repository';

describe('CommentFlagsRepository', () => {
  let moduleRef: TestingModule;
  let flags: CommentFlagsRepository;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-comment-flags-repository', [
      {
        module: class CommentFlagsTestModule {},
        imports: [MongooseModule.forFeature([{ name: COMMENT_FLAG_MODEL, schema: commentFlagSchema }])],
        providers: [CommentFlagsRepository],
      },
    ]);
    flags = moduleRef.get(CommentFlagsRepository);
  });

  afterAll(() => moduleRef.close());

  it('stores one flag per member and comment, and counts them per comment', async () => {
    const commentId = new Types.ObjectId();
    const [a, b] = [new Types.ObjectId(), new Types.ObjectId()];
    const first = await Promise.all(Array.from({ length: 5 }, () => flags.insert(commentId, a, 'Reclame')));
    expect(first.filter(Boolean)).toHaveLength(1);
    expect(await flags.insert(commentId, b, 'Scheldwoorden')).toBe(true);
    await flags.insert(new Types.ObjectId(), a, 'Andere reactie');
    expect(await flags.count(commentId)).toBe(2);
    const mine = await flags.findByIds([
      commentVoteId(commentId, a),
      commentVoteId(commentId, new Types.ObjectId()),
    ]);
    expect(mine.map((flag) => flag.reason)).toEqual(['Reclame']);
  });

  it('answers the reasons of several comments at once, newest first', async () => {
    const [one, two] = [new Types.ObjectId(), new Types.ObjectId()];
    for (const reason of ['Eerste', 'Tweede', 'Derde']) {
      await flags.insert(one, new Types.ObjectId(), reason);
    }
    await flags.insert(two, new Types.ObjectId(), 'Enige');
    const found = await flags.forComments([one, two]);
    expect(found.filter((flag) => flag.commentId.equals(one)).map((flag) => flag.reason)).toEqual([
      'Derde',
      'Tweede',
      'Eerste',
    ]);
    expect(found.filter((flag) => flag.commentId.equals(two)).map((flag) => flag.reason)).toEqual(['Enige']);
  });
});
