import { describe, expect, it } from 'vitest';
import {
  bodyLength,
  canEdit,
  COMMENT_BODY,
  newArrivals,
  repliesToShow,
  threadsOf,
  withArrivals,
} from './comments';

interface C {
  id: string;
  parentId: string | null;
  replyCount: number;
}

const comment = (id: string, parentId: string | null = null, replyCount = 0): C => ({
  id,
  parentId,
  replyCount,
});

const page = (...nodes: C[]) => ({ edges: nodes.map((node) => ({ node })) });

const ids = (threads: ReturnType<typeof threadsOf<C>>) =>
  threads.map((thread) => [thread.comment.id, thread.replyCount, ...thread.replies.map((reply) => reply.id)]);

describe('threadsOf', () => {
  it('keeps the pages’ order and a comment’s first place when the order moved between pages', () => {
    const threads = threadsOf([page(comment('a', null, 1), comment('b')), page(comment('b'), comment('c'))]);
    expect(ids(threads)).toEqual([
      ['a', 1],
      ['b', 0],
      ['c', 0],
    ]);
  });
});

describe('withArrivals', () => {
  const shown = withArrivals(threadsOf([page(comment('a'), comment('b'))]), [comment('a1', 'a')]);

  it('puts new threads on top, the latest first, and replies at the end of their thread', () => {
    const merged = withArrivals(shown, [
      comment('n1'),
      comment('b1', 'b'),
      comment('n2'),
      comment('n1r', 'n1'),
    ]);
    expect(ids(merged)).toEqual([
      ['n2', 0],
      ['n1', 1, 'n1r'],
      ['a', 1, 'a1'],
      ['b', 1, 'b1'],
    ]);
  });

  it('leaves what is shown already alone, and replies to threads not on the page out', () => {
    const merged = withArrivals(shown, [
      comment('a1', 'a'),
      comment('b'),
      comment('x1', 'x'),
      comment('n'),
      comment('n'),
    ]);
    expect(ids(merged)).toEqual([
      ['n', 0],
      ['a', 1, 'a1'],
      ['b', 0],
    ]);
  });

  it('does not change the threads it was given', () => {
    withArrivals(shown, [comment('b1', 'b')]);
    expect(ids(shown)).toEqual([
      ['a', 1, 'a1'],
      ['b', 0],
    ]);
  });
});

describe('newArrivals', () => {
  it('counts only what merging would add', () => {
    const shown = threadsOf([page(comment('a'))]);
    const arrivals = [comment('a'), comment('n'), comment('a1', 'a'), comment('x1', 'x')];
    expect(newArrivals(shown, arrivals).map((c) => c.id)).toEqual(['n', 'a1']);
    expect(newArrivals(withArrivals(shown, arrivals), arrivals)).toEqual([]);
  });
});

describe('repliesToShow', () => {
  it('shows the loaded replies, then those that arrived live and are not among them', () => {
    const loaded = [comment('a1', 'a'), comment('a2', 'a')];
    const shown = repliesToShow(loaded, [comment('a2', 'a'), comment('a3', 'a')]);
    expect(shown.map((reply) => reply.id)).toEqual(['a1', 'a2', 'a3']);
  });
});

describe('bodyLength', () => {
  it('counts visible characters against the minimum and code units against the maximum', () => {
    expect(bodyLength('a')).toEqual({ visible: 1, fits: false });
    expect(bodyLength(' a\u200b ')).toEqual({ visible: 3, fits: true });
    expect(bodyLength('👍🏽!')).toEqual({ visible: 2, fits: true });
    expect(bodyLength('x'.repeat(COMMENT_BODY.max)).fits).toBe(true);
    expect(bodyLength('x'.repeat(COMMENT_BODY.max + 1)).fits).toBe(false);
  });
});

describe('canEdit', () => {
  const now = Date.parse('2026-12-01T20:00:00Z');
  it('is true only while editableUntil is in the future', () => {
    expect(canEdit('2026-12-01T20:10:00Z', now)).toBe(true);
    expect(canEdit('2026-12-01T19:59:59Z', now)).toBe(false);
    expect(canEdit(null, now)).toBe(false);
  });
});
