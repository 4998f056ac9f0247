import { seededRandom } from '@app/core';
import { type Contender, drawPair, drawUnansweredPair, pairKey } from './pair-selection';

const contender = (id: string, strength = 0, comparisons = 0): Contender => ({ id, strength, comparisons });

describe('pair selection', () => {
  it('needs two contenders and never pairs one with itself', () => {
    const random = seededRandom(1);
    expect(drawPair([], random)).toBeNull();
    expect(drawPair([contender('a')], random)).toBeNull();
    for (let draw = 0; draw < 200; draw += 1) {
      const pair = drawPair([contender('a'), contender('b'), contender('c')], random)!;
      expect(pair[0].id).not.toBe(pair[1].id);
    }
  });

  it('favours few comparisons and similar strengths, yet offers every pair', () => {
    const random = seededRandom(7);
    const contenders = [
      contender('new', 0, 0),
      contender('seasoned', 0, 50),
      contender('close', 0.2, 10),
      contender('far', 4, 10),
    ];
    const seen = new Map<string, number>();
    const appearances = new Map<string, number>();
    for (let draw = 0; draw < 4_000; draw += 1) {
      const [left, right] = drawPair(contenders, random)!;
      seen.set(pairKey(left.id, right.id), (seen.get(pairKey(left.id, right.id)) ?? 0) + 1);
      for (const id of [left.id, right.id]) appearances.set(id, (appearances.get(id) ?? 0) + 1);
    }
    expect(seen.size).toBe(6);
    expect(appearances.get('new')!).toBeGreaterThan(appearances.get('seasoned')!);
    expect(seen.get(pairKey('new', 'close'))!).toBeGreaterThan(seen.get(pairKey('new', 'far'))!);
  });

  it('puts either one on the left', () => {
    const random = seededRandom(3);
    const lefts = new Set<string>();
    for (let draw = 0; draw < 50; draw += 1)
      lefts.add(drawPair([contender('a', 0, 0), contender('b', 0, 99)], random)![0].id);
    expect(lefts).toEqual(new Set(['a', 'b']));
  });

  it('finds the one pair left, and none when every pair was answered', () => {
    const random = seededRandom(5);
    const contenders = [contender('a'), contender('b'), contender('c')];
    const answered = new Set([pairKey('a', 'b'), pairKey('c', 'a')]);
    for (let draw = 0; draw < 20; draw += 1) {
      const pair = drawUnansweredPair(contenders, random, answered)!;
      expect(pairKey(pair[0].id, pair[1].id)).toBe(pairKey('b', 'c'));
    }
    answered.add(pairKey('b', 'c'));
    expect(drawUnansweredPair(contenders, random, answered)).toBeNull();
  });
});
