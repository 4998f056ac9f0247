import { bodyText } from '@app/core';
import { COMMANDMENTS, DEMO_ENTREPRENEURS, DEMO_GENERATED_MEMBERS } from '../demo-data';
import { planDemo } from '../demo-generator';
import { DEMO_DISCUSSIONS, type DemoCommentTarget, planComments } from '.';

const MEMBERS = DEMO_ENTREPRENEURS.length + DEMO_GENERATED_MEMBERS;
/** The limits and text rules AddCommentInput's body gets (issue #17). */
const BODY = bodyText({ min: 2, max: 5000 });

function targetKey(target: DemoCommentTarget): string {
  return 'suggestion' in target ? `suggestion:${target.suggestion}` : `item:${target.commandment}`;
}

describe('the demo comments', () => {
  const planned = planComments(MEMBERS);

  it('discuss the suggestions behind the commandments by their exact titles, and the list’s items', () => {
    const titles = new Set(planDemo(new Date()).entries.map((entry) => entry.title));
    const behindCommandments = new Set(COMMANDMENTS.map((commandment) => commandment.suggestion));
    for (const { target } of DEMO_DISCUSSIONS) {
      if ('suggestion' in target) {
        expect(titles).toContain(target.suggestion);
        expect(behindCommandments).toContain(target.suggestion);
      } else {
        expect(Number.isInteger(target.commandment)).toBe(true);
        expect(COMMANDMENTS[target.commandment]).toBeDefined();
      }
    }
    const discussed = new Set(DEMO_DISCUSSIONS.map(({ target }) => targetKey(target)));
    expect(discussed.size).toBe(DEMO_DISCUSSIONS.length);
    for (const suggestion of behindCommandments) expect(discussed).toContain(`suggestion:${suggestion}`);
    COMMANDMENTS.forEach((_, index) => expect(discussed).toContain(`item:${index}`));
  });

  it('are a few hundred, about a third of them replies to a thread of the same target', () => {
    expect(planned.length).toBeGreaterThanOrEqual(300);
    expect(planned.length).toBeLessThanOrEqual(400);
    const onItems = planned.filter(({ target }) => 'commandment' in target).length;
    expect(onItems).toBeGreaterThanOrEqual(30);
    const replies = planned.filter((comment) => comment.parent !== null);
    expect(replies.length / planned.length).toBeGreaterThan(0.2);
    expect(replies.length / planned.length).toBeLessThan(0.4);
    planned.forEach((comment, index) => {
      if (comment.parent === null) return;
      const parent = planned[comment.parent];
      expect(comment.parent).toBeLessThan(index);
      expect(parent?.parent).toBeNull();
      expect(targetKey(parent?.target ?? { commandment: -1 })).toBe(targetKey(comment.target));
    });
  });

  it('hold both sides on every suggestion behind a commandment, and questions besides', () => {
    const bySuggestion = new Map<string, Set<string>>();
    for (const { target, alignment } of planned) {
      if ('suggestion' in target) {
        bySuggestion.set(
          target.suggestion,
          (bySuggestion.get(target.suggestion) ?? new Set()).add(alignment),
        );
      }
    }
    expect(bySuggestion.size).toBe(COMMANDMENTS.length);
    for (const alignments of bySuggestion.values()) {
      expect([...alignments].sort()).toEqual(['AGAINST', 'IN_FAVOR', 'NEUTRAL']);
    }
    const share = (alignment: string): number =>
      planned.filter((comment) => comment.alignment === alignment).length / planned.length;
    // Mostly in favour, as on any consultation's most supported suggestions.
    expect(share('IN_FAVOR')).toBeGreaterThan(share('NEUTRAL'));
    expect(share('NEUTRAL')).toBeGreaterThan(share('AGAINST'));
    expect(share('AGAINST')).toBeGreaterThan(0.12);
  });

  it('have distinct bodies that addComment accepts as written', () => {
    const bodies = planned.map(({ body }) => body.trim().toLocaleLowerCase('nl'));
    expect(new Set(bodies).size).toBe(bodies.length);
    for (const { body } of planned) {
      const parsed = BODY.safeParse(body);
      expect(parsed.success && parsed.data === body).toBe(true);
      expect(body.trim()).toBe(body);
    }
  });

  it('are written by members and voted on by others, never by their author', () => {
    for (const comment of planned) {
      expect(Number.isInteger(comment.author)).toBe(true);
      expect(comment.author).toBeGreaterThanOrEqual(0);
      expect(comment.author).toBeLessThan(MEMBERS);
      const voters = comment.votes.map(({ voter }) => voter);
      expect(voters).not.toContain(comment.author);
      expect(new Set(voters).size).toBe(voters.length);
      expect(voters.every((voter) => voter >= 0 && voter < MEMBERS)).toBe(true);
    }
    const written = DEMO_DISCUSSIONS.flatMap(({ comments }) =>
      comments.flatMap(({ replies = [], ...comment }) => [comment, ...replies]),
    ).map(({ votes = [0, 0] }) => votes);
    expect(
      planned.map(({ votes }) => [votes.filter(({ up }) => up).length, votes.filter(({ up }) => !up).length]),
    ).toEqual(written);
    expect(planComments(MEMBERS)).toEqual(planned);
  });
});
