import { Types } from 'mongoose';
import type { CountedVote } from '@app/proposals';
import { supportOf } from './cluster-support';

const [a, b] = [new Types.ObjectId(), new Types.ObjectId()];
const [ann, bob, cor] = [new Types.ObjectId(), new Types.ObjectId(), new Types.ObjectId()];

function vote(
  proposalId: Types.ObjectId,
  userId: Types.ObjectId,
  value: 1 | -1,
  sector: string | null,
): CountedVote {
  return { _id: `${proposalId.toHexString()}:${userId.toHexString()}`, proposalId, userId, value, sector };
}

describe('supportOf', () => {
  it('counts a member who voted up on two suggestions once, and every vote in its sector', () => {
    expect(
      supportOf([
        vote(a, ann, 1, 'bouw'),
        vote(b, ann, 1, 'bouw'),
        vote(a, bob, -1, null),
        vote(b, bob, 1, null),
        vote(a, cor, -1, 'zorg'),
      ]),
    ).toEqual({
      supporters: 2,
      upvotes: 3,
      downvotes: 2,
      sectors: [
        // Two votes each: more up votes first.
        { sector: 'bouw', up: 2, down: 0 },
        { sector: 'anders', up: 1, down: 1 },
        { sector: 'zorg', up: 0, down: 1 },
      ],
    });
  });

  it('orders sectors with the same votes by slug, and answers nothing for no votes', () => {
    expect(
      supportOf([vote(a, ann, 1, 'zorg'), vote(a, bob, 1, 'bouw')]).sectors.map((s) => s.sector),
    ).toEqual(['bouw', 'zorg']);
    expect(supportOf([])).toEqual({ supporters: 0, upvotes: 0, downvotes: 0, sectors: [] });
  });
});
