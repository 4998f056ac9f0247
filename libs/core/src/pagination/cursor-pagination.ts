import { z } from 'zod';
import { InvalidInputError } from '../errors/domain-errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;

/** The position of a node in an ordered result: its sort key and its id, the tie-breaker. */
export interface CursorPosition {
  key: number | string;
  id: string;
}

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

export interface ResolvedPageRequest {
  /** How many nodes the page shows. */
  limit: number;
  /** Where the page starts (exclusive), or null for the first page. */
  after: CursorPosition | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

const cursorSchema = z.strictObject({
  k: z.union([z.number(), z.string().max(1024)]),
  i: z.string().regex(/^[0-9a-f]{24}$/),
});

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify({ k: position.key, i: position.id }), 'utf8').toString('base64url');
}

function malformedCursor(): InvalidInputError {
  return new InvalidInputError(
    'The cursor is malformed; use a cursor returned by this list.',
    'after',
    'INVALID_CURSOR',
  );
}

export function decodeCursor(cursor: string): CursorPosition {
  if (cursor.length > 2048 || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw malformedCursor();
  }
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw malformedCursor();
  }
  const parsed = cursorSchema.safeParse(payload);
  if (!parsed.success) {
    throw malformedCursor();
  }
  return { key: parsed.data.k, id: parsed.data.i };
}

/** The cursor's key as a number (a score, a random position); BAD_USER_INPUT when it is none. */
export function numericCursorKey(after: CursorPosition): number {
  const key = typeof after.key === 'number' ? after.key : Number.NaN;
  if (!Number.isFinite(key)) throw malformedCursor();
  return key;
}

/** The cursor's key as a moment (milliseconds or an ISO date); BAD_USER_INPUT when it is none. */
export function dateCursorKey(after: CursorPosition): Date {
  const key = new Date(after.key);
  if (Number.isNaN(key.getTime())) throw malformedCursor();
  return key;
}

export function resolvePageRequest(request: PageRequest): ResolvedPageRequest {
  const first = request.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1) {
    throw new InvalidInputError('first must be a positive whole number.', 'first', 'TOO_SMALL', { min: 1 });
  }
  return {
    limit: Math.min(first, MAX_PAGE_SIZE),
    after: request.after ? decodeCursor(request.after) : null,
  };
}

/**
 * Builds a Relay-style connection from up to `limit + 1` fetched nodes: the extra node only
 * tells that a next page exists.
 */
export function buildConnection<T>(
  fetched: readonly T[],
  page: ResolvedPageRequest,
  totalCount: number,
  positionOf: (node: T) => CursorPosition,
): Connection<T> {
  const nodes = fetched.slice(0, page.limit);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(positionOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: fetched.length > page.limit,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The same connection with each node converted (for example a record into its GraphQL model). */
export function mapConnection<T, U>(connection: Connection<T>, convert: (node: T) => U): Connection<U> {
  return {
    totalCount: connection.totalCount,
    pageInfo: connection.pageInfo,
    edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: convert(edge.node) })),
  };
}
