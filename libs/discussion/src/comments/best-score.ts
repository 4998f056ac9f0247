import { confidenceScore } from '@app/proposals';

/**
 * The BEST order's value of a comment: the lower bound of the 95 % Wilson score interval of the
 * share of up votes among its up and down votes (0 without votes), the same formula as the
 * CONFIDENCE order of suggestions. A comment with 9 of 10 votes up ranks below one with 90 of
 * 100: few votes say little. Stored on the comment whenever its votes change (docs/DISCUSSION.md).
 */
export function wilsonLowerBound(up: number, down: number): number {
  return confidenceScore(up, down);
}
