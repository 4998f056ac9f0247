import { MongooseModule } from '@nestjs/mongoose';
import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { startMediumModule } from '../../../../test/support/medium';
import { COMMENT_VOTE_MODEL, commentVoteSchema } from './comment.schema';
import { commentVoteId, CommentVotesRepository } from './comment-votes.repository';

describe('CommentVotesRepository', () => {
  let moduleRef: TestingModule;
  let votes: CommentVotesRepository;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-comment-votes-repository', [
      {
        module: class CommentVotesTestModule {},
        imports: [MongooseModule.forFeature([{ name: COMMENT_VOTE_MODEL, schema: commentVoteSchema }])],
        providers: [CommentVotesRepository],
      },
    ]);
    votes = moduleRef.get(CommentVotesRepository);
  });

  afterAll(() => moduleRef.close());

  it('stores one vote per member and comment: of concurrent inserts exactly one wins', async () => {
    const [commentId, member] = [new Types.ObjectId(), new Types.ObjectId()];
    const results = await Promise.all(Array.from({ length: 10 }, () => votes.insert(commentId, member, 1)));
    expect(results.filter((vote) => vote !== null)).toHaveLength(1);
    expect(await votes.find(commentId, member)).toMatchObject({
      _id: commentVoteId(commentId, member),
      value: 1,
    });
  });

  it('changes, counts and deletes the votes of one comment', async () => {
    const commentId = new Types.ObjectId();
    const [a, b, c] = [new Types.ObjectId(), new Types.ObjectId(), new Types.ObjectId()];
    await votes.insert(commentId, a, 1);
    await votes.insert(commentId, b, 1);
    await votes.insert(commentId, c, -1);
    await votes.insert(new Types.ObjectId(), a, -1);
    expect(await votes.count(commentId)).toEqual({ up: 2, down: 1 });
    await votes.setValue(commentVoteId(commentId, b), -1);
    expect(await votes.count(commentId)).toEqual({ up: 1, down: 2 });
    expect(await votes.delete(commentVoteId(commentId, a))).toBe(true);
    expect(await votes.delete(commentVoteId(commentId, a))).toBe(false);
    expect(await votes.count(commentId)).toEqual({ up: 0, down: 2 });
    const found = await votes.findByIds([commentVoteId(commentId, c), commentVoteId(commentId, a)]);
    expect(found.map((vote) => vote.userId.toHexString())).toEqual([c.toHexString()]);
  });
});
