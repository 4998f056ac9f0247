import { visibleLength } from '../../../libs/core/src/validation/text';

/** Where a comment stands, in the order the form offers them. */
export const ALIGNMENTS = ['IN_FAVOR', 'AGAINST', 'NEUTRAL'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

export const COMMENT_SORTS = ['BEST', 'NEWEST', 'OLDEST'] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];

/**
 * The API's bounds on a comment's body (AddCommentInput.body): at least 2 visible characters, at
 * most 5,000 UTF-16 code units, which is also what a textarea's maxlength counts.
 */
export const COMMENT_BODY = { min: 2, max: 5000 } as const;

/** How far a draft is from the API's bounds, for the live count under the textarea. */
export function bodyLength(body: string): { visible: number; fits: boolean } {
  const visible = visibleLength(body);
  return { visible, fits: visible >= COMMENT_BODY.min && body.length <= COMMENT_BODY.max };
}

/** What the merging needs of a comment. */
export interface CommentLike {
  id: string;
  parentId?: string | null;
  replyCount: number;
}

/** A comment with its replies, oldest first, as a page shows it. */
export interface Thread<C extends CommentLike> {
  comment: C;
  /** The replies known so far: those that arrived live (the rest load when unfolded). */
  replies: C[];
  /** Published replies, those that arrived live included. */
  replyCount: number;
}

interface PageLike<C extends CommentLike> {
  edges: readonly { node: C }[];
}

/**
 * The threads of the pages loaded so far, in their order. A comment can come twice when the order
 * moved between two pages (votes change BEST, new comments shift NEWEST): the first place counts.
 */
export function threadsOf<C extends CommentLike>(pages: readonly PageLike<C>[]): Thread<C>[] {
  const seen = new Set<string>();
  const threads: Thread<C>[] = [];
  for (const page of pages) {
    page.edges.forEach(({ node }) => {
      if (seen.has(node.id)) return;
      seen.add(node.id);
      threads.push({ comment: node, replies: [], replyCount: node.replyCount });
    });
  }
  return threads;
}

/** The replies to show: those loaded, then those that arrived live since, each once. */
export function repliesToShow<C extends CommentLike>(loaded: readonly C[], arrived: readonly C[]): C[] {
  const ids = new Set(loaded.map((reply) => reply.id));
  return [...loaded, ...arrived.filter((reply) => !ids.has(reply.id))];
}

function shownIds<C extends CommentLike>(threads: readonly Thread<C>[]): Set<string> {
  return new Set(
    threads.flatMap((thread) => [thread.comment.id, ...thread.replies.map((reply) => reply.id)]),
  );
}

/**
 * The threads with comments that arrived live (in the order they arrived) merged in: a new thread
 * goes on top, newest first; a reply goes at the end of its thread, which counts one more reply.
 * What is shown already is left alone (your own comment comes back through the subscription,
 * and a reloaded page may hold what arrived), and so is a reply to a thread not on the page.
 */
export function withArrivals<C extends CommentLike>(
  threads: readonly Thread<C>[],
  arrivals: readonly C[],
): Thread<C>[] {
  const shown = shownIds(threads);
  let added: Thread<C>[] = [];
  let merged = [...threads];
  for (const comment of arrivals) {
    if (shown.has(comment.id)) continue;
    if (!comment.parentId) {
      shown.add(comment.id);
      added.unshift({ comment, replies: [], replyCount: comment.replyCount });
      continue;
    }
    const inParent = (thread: Thread<C>): Thread<C> =>
      thread.comment.id === comment.parentId
        ? { ...thread, replies: [...thread.replies, comment], replyCount: thread.replyCount + 1 }
        : thread;
    const parentShown = [...added, ...merged].some((thread) => thread.comment.id === comment.parentId);
    if (!parentShown) continue;
    shown.add(comment.id);
    added = added.map(inParent);
    merged = merged.map(inParent);
  }
  return [...added, ...merged];
}

/** How many of `arrivals` merging would add to `threads`: the count on "N new comments". */
export function newArrivals<C extends CommentLike>(
  threads: readonly Thread<C>[],
  arrivals: readonly C[],
): C[] {
  const before = shownIds(threads);
  const after = shownIds(withArrivals(threads, arrivals));
  return arrivals.filter((comment) => after.has(comment.id) && !before.has(comment.id));
}

/** Whether the author may still edit: `editableUntil` (null once it has passed) is in the future. */
export function canEdit(editableUntil: string | null | undefined, now: number): boolean {
  return editableUntil != null && Date.parse(editableUntil) > now;
}
