/** Injection token of the clock comments are written and edited by, so a test can move time. */
export const COMMENT_CLOCK = Symbol('COMMENT_CLOCK');

export interface CommentClock {
  now(): Date;
}

export const systemCommentClock: CommentClock = { now: () => new Date() };
