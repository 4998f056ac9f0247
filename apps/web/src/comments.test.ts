import { describe, expect, it } from 'vitest';
import { bodyLength, canEdit, COMMENT_BODY, newArrivals, threadsOf, withArrivals } from './comments';

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

const page = (...threads: { node: C; replies?: C[] }[]) => ({
  edges: threads.map(({ node, replies = [] }) => ({
    node: { ...node, replies: { edges: replies.map((reply) => ({ node: reply })) } },
  })),
});

const ids = (threads: ReturnType<typeof threadsOf<C>>) =>
  threads.map((thread) => [thread.comment.id, thread.replyCount, ...thread.replies.map((reply) => reply.id)]);

describe('threadsOf', () => {
  it('keeps the pages’ order and a comment’s first place when the order moved between pages', () => {
    const threads = threadsOf([
      page({ node: comment('a', null, 1), replies: [comment('a1', 'a')] }, { node: comment('b') }),
      page({ node: comment('b') }, { node: comment('c') }),
    ]);
    expect(ids(threads)).toEqual([
      ['a', 1, 'a1'],
      ['b', 0],
      ['c', 0],
    ]);
  });
});

describe('withArrivals', () => {
  const shown = threadsOf([
    page({ node: comment('a', null, 1), replies: [comment('a1', 'a')] }, { node: comment('b') }),
  ]);

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
    const shown = threadsOf([page({ node: comment('a') })]);
    const arrivals = [comment('a'), comment('n'), comment('a1', 'a'), comment('x1', 'x')];
    expect(newArrivals(shown, arrivals).map((c) => c.id)).toEqual(['n', 'a1']);
    expect(newArrivals(withArrivals(shown, arrivals), arrivals)).toEqual([]);
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
