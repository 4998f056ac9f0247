import type { CommentAlignment } from '@app/discussion';

/** A reply in a thread: about what the thread's comment (or an earlier reply) said. */
export interface DemoReply {
  /**
   * The writing member: an index into the demo's members, the named entrepreneurs of demo-data.ts
   * first (0–19), then the generated ones; a body that names a trade fits the member's sector.
   */
  author: number;
  alignment: CommentAlignment;
  /** Markdown, written by hand. */
  body: string;
  /** How many other members voted it up and down. */
  votes?: readonly [up: number, down: number];
}

/** A comment that starts a thread, with its replies oldest first. */
export interface DemoComment extends DemoReply {
  replies?: readonly DemoReply[];
}

/**
 * What a discussion is about: one of the suggestions behind the commandments, by its exact title,
 * or an item of the published list, by the commandment's index in COMMANDMENTS.
 */
export type DemoCommentTarget = { suggestion: string } | { commandment: number };

export interface DemoDiscussion {
  target: DemoCommentTarget;
  /** Threads in the order they were started. */
  comments: readonly DemoComment[];
}
