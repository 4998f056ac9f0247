import { InvalidInputError } from '../errors/domain-errors';
import {
  buildConnection,
  dateCursorKey,
  decodeCursor,
  numericCursorKey,
  encodeCursor,
  MAX_PAGE_SIZE,
  resolvePageRequest,
} from './cursor-pagination';

const id = (n: number): string => n.toString(16).padStart(24, '0');

describe('cursor pagination', () => {
  it('round-trips a position through an opaque cursor', () => {
    for (const position of [
      { key: 42.5, id: id(1) },
      { key: -3, id: id(2) },
      { key: 'financiën', id: id(3) },
    ]) {
      const cursor = encodeCursor(position);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toEqual(position);
    }
  });

  it.each([
    ['empty', ''],
    ['not base64url', '!!!'],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['wrong shape', Buffer.from(JSON.stringify({ k: 1 })).toString('base64url')],
    ['extra fields', Buffer.from(JSON.stringify({ k: 1, i: id(1), x: 1 })).toString('base64url')],
    ['bad id', Buffer.from(JSON.stringify({ k: 1, i: 'zz' })).toString('base64url')],
    ['operator smuggling', Buffer.from(JSON.stringify({ k: { $gt: 0 }, i: id(1) })).toString('base64url')],
    ['huge', 'a'.repeat(5000)],
  ])('rejects a cursor that is %s with BAD_USER_INPUT on "after"', (_, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(InvalidInputError);
    try {
      decodeCursor(cursor);
    } catch (error) {
      expect((error as InvalidInputError).field).toBe('after');
    }
  });

  it('defaults, caps and validates first', () => {
    expect(resolvePageRequest({}).limit).toBe(20);
    expect(resolvePageRequest({ first: 5 }).limit).toBe(5);
    expect(resolvePageRequest({ first: 1000 }).limit).toBe(MAX_PAGE_SIZE);
    expect(() => resolvePageRequest({ first: 0 })).toThrow(InvalidInputError);
    expect(() => resolvePageRequest({ first: -1 })).toThrow(InvalidInputError);
  });

  it('builds a connection that tells whether more pages exist', () => {
    const nodes = [1, 2, 3].map((n) => ({ n, id: id(n) }));
    const page = resolvePageRequest({ first: 2 });
    const connection = buildConnection(nodes, page, 10, (node) => ({ key: node.n, id: node.id }));
    expect(connection.edges.map((edge) => edge.node.n)).toEqual([1, 2]);
    expect(connection.totalCount).toBe(10);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(connection.pageInfo.hasPreviousPage).toBe(false);
    expect(decodeCursor(connection.pageInfo.endCursor ?? '')).toEqual({ key: 2, id: id(2) });

    const last = buildConnection(
      nodes.slice(2),
      resolvePageRequest({ first: 2, after: connection.pageInfo.endCursor }),
      10,
      (node) => ({ key: node.n, id: node.id }),
    );
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const empty = buildConnection([], page, 0, () => ({ key: 0, id: id(0) }));
    expect(empty.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe('cursor keys', () => {
  const id = '0123456789abcdef01234567';

  it('reads numbers and dates, and refuses anything else as a malformed cursor', () => {
    expect(numericCursorKey({ key: 2.5, id })).toBe(2.5);
    expect(dateCursorKey({ key: 1_700_000_000_000, id }).getTime()).toBe(1_700_000_000_000);
    expect(dateCursorKey({ key: '2026-11-27T00:00:00.000Z', id }).toISOString()).toBe(
      '2026-11-27T00:00:00.000Z',
    );
    expect(() => numericCursorKey({ key: 'abc', id })).toThrow(InvalidInputError);
    expect(() => numericCursorKey({ key: '12', id })).toThrow(InvalidInputError);
    expect(() => dateCursorKey({ key: 'abc', id })).toThrow(InvalidInputError);
  });
});
