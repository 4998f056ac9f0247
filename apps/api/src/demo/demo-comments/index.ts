import { seededRandom } from '@app/core';
import type { DemoCommentTarget, DemoDiscussion, DemoReply } from './demo-comment';
import { ENERGY_AND_INNOVATION_COMMENTS } from './energy-and-innovation';
import { FOLLOW_UP_COMMENTS } from './follow-up';
import { OPEN_BANK_MEDIA_COMMENTS } from './open-bank-media';
import { SME_FAIRNESS_STEWARDSHIP_COMMENTS } from './sme-fairness-stewardship';
import { TALENT_AND_HEALTH_COMMENTS } from './talent-and-health';

export type { DemoComment, DemoCommentTarget, DemoDiscussion, DemoReply } from './demo-comment';

/** The demo's discussions: on the suggestions behind the commandments, then on the list's items. */
export const DEMO_DISCUSSIONS: readonly DemoDiscussion[] = [
  ...ENERGY_AND_INNOVATION_COMMENTS,
  ...TALENT_AND_HEALTH_COMMENTS,
  ...OPEN_BANK_MEDIA_COMMENTS,
  ...SME_FAIRNESS_STEWARDSHIP_COMMENTS,
  ...FOLLOW_UP_COMMENTS,
];

/** A comment as the seed adds it, in the order it adds them: every thread before its replies. */
export interface PlannedComment extends Omit<DemoReply, 'votes'> {
  target: DemoCommentTarget;
  /** The plan's position of the thread replied to; null for a comment that starts a thread. */
  parent: number | null;
  /** Members who vote on it: distinct, never its author; as many up and down as written. */
  votes: { voter: number; up: boolean }[];
}

/**
 * Every demo comment in the order the seed adds it, with the members who vote on it (drawn
 * from `memberCount` members, the same on every run).
 */
export function planComments(
  memberCount: number,
  discussions: readonly DemoDiscussion[] = DEMO_DISCUSSIONS,
): PlannedComment[] {
  const random = seededRandom(2012);
  const votesOn = (comment: DemoReply): PlannedComment['votes'] => {
    const [up, down] = comment.votes ?? [0, 0];
    const others = Array.from({ length: memberCount }, (_, index) => index).filter(
      (index) => index !== comment.author,
    );
    // A partial shuffle: the first up + down places are a uniform draw without repeats.
    for (let i = 0; i < Math.min(up + down, others.length); i += 1) {
      const j = i + Math.floor(random() * (others.length - i));
      [others[i], others[j]] = [others[j] as number, others[i] as number];
    }
    return others.slice(0, up + down).map((voter, i) => ({ voter, up: i < up }));
  };
  const planned: PlannedComment[] = [];
  for (const { target, comments } of discussions) {
    for (const { replies = [], ...comment } of comments) {
      const parent = planned.length;
      planned.push({ ...comment, target, parent: null, votes: votesOn(comment) });
      for (const reply of replies) {
        planned.push({ ...reply, target, parent, votes: votesOn(reply) });
      }
    }
  }
  return planned;
}
