import { trusted } from 'mongoose';
import { afterPositionFilter } from './find-page';

describe('afterPositionFilter', () => {
  it('filters strictly after a position, breaking ties on _id', () => {
    expect(afterPositionFilter('score', 'desc', 7, 'id9')).toEqual({
      $or: [{ score: trusted({ $lt: 7 }) }, { score: 7, _id: trusted({ $lt: 'id9' }) }],
    });
    const at = new Date(0);
    expect(afterPositionFilter('createdAt', 'asc', at, 'id1')).toEqual({
      $or: [{ createdAt: trusted({ $gt: at }) }, { createdAt: at, _id: trusted({ $gt: 'id1' }) }],
    });
  });
});
