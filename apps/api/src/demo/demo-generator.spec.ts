import { PROPOSAL_TITLE_LIMITS } from '@app/proposals';
import { DEMO_PROPOSALS } from './demo-data';
import {
  CONSULTATION_DAYS,
  DEMO_SECTORS,
  type DemoPlan,
  netVotes,
  planDemo,
  planPairwiseAnswers,
  type PlannedSuggestion,
  relatedSuggestions,
  withVotesMoved,
} from './demo-generator';

const NOW = new Date(Date.UTC(2026, 11, 1, 12));
const DAY_MS = 86_400_000;

/** CONSENSUS as the workbench defines it, in logs: Σ over sectors of log((up+1)/(up+down+2)). */
function consensus(suggestion: PlannedSuggestion, demo: DemoPlan): number {
  return DEMO_SECTORS.reduce((sum, sector) => {
    const votes = suggestion.votes.filter((vote) => demo.memberSectors[vote.voter]?.sector === sector);
    const up = votes.filter((vote) => vote.value === 1).length;
    return sum + Math.log((up + 1) / (votes.length + 2));
  }, 0);
}

function topTen(demo: DemoPlan, score: (suggestion: PlannedSuggestion) => number): number[] {
  return demo.plan
    .map((suggestion, index) => ({ index, score: score(suggestion) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, 10)
    .map(({ index }) => index);
}

describe('the demo plan', () => {
  const demo = planDemo(NOW);

  it('holds only suggestions that submit accepts: title length and tags', () => {
    for (const entry of demo.entries) {
      expect(entry.title.length).toBeLessThanOrEqual(PROPOSAL_TITLE_LIMITS.max);
      // The rule submit applies to a tag (proposals.service.ts).
      for (const tag of entry.tags) expect(tag).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}-]{0,29}$/u);
    }
  });

  it('is the same on every run', () => {
    const again = planDemo(NOW);
    expect(again.generatedMembers).toEqual(demo.generatedMembers);
    expect(again.plan).toEqual(demo.plan);
    expect(again.merges).toEqual(demo.merges);
  });

  it('spreads members unevenly over every sector, each with a distinct name and an organisation', () => {
    const counts = DEMO_SECTORS.map(
      (sector) => demo.memberSectors.filter((member) => member.sector === sector).length,
    );
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeGreaterThan(4 * Math.min(...counts));
    const names = demo.generatedMembers.map((member) => member.displayName);
    expect(new Set(names).size).toBe(names.length);
    expect(demo.generatedMembers.every((member) => !/[{}]/.test(member.organization))).toBe(true);
  });

  it('has authors from the audience, who never vote on their own suggestion', () => {
    demo.plan.forEach((suggestion, index) => {
      const audience = demo.entries[index]?.audience;
      if (audience !== 'all' && audience !== undefined) {
        expect(audience).toContain(demo.memberSectors[suggestion.author]?.sector);
      }
      expect(suggestion.votes.map((vote) => vote.voter)).not.toContain(suggestion.author);
      expect(new Set(suggestion.votes.map((vote) => vote.voter)).size).toBe(suggestion.votes.length);
    });
  });

  it('sends suggestions over six weeks ending before now, and every vote after its suggestion', () => {
    const end = NOW.getTime() - 3 * DAY_MS;
    const start = end - CONSULTATION_DAYS * DAY_MS;
    for (const suggestion of demo.plan) {
      expect(suggestion.createdAt.getTime()).toBeGreaterThanOrEqual(start);
      expect(suggestion.createdAt.getTime()).toBeLessThan(end);
      for (const vote of suggestion.votes) {
        expect(vote.at.getTime()).toBeGreaterThanOrEqual(suggestion.createdAt.getTime());
        expect(vote.at.getTime()).toBeLessThanOrEqual(end);
      }
    }
    const week = (n: number): number =>
      demo.plan.filter(
        (suggestion) => Math.floor((suggestion.createdAt.getTime() - start) / (7 * DAY_MS)) === n,
      ).length;
    // The launch week and the newspaper peak in week 3 are busier than the quiet fifth week.
    expect(week(0)).toBeGreaterThan(week(4));
    expect(week(2)).toBeGreaterThan(week(4));
  });

  it('keeps the case’s own vote counts and gives most other suggestions few votes', () => {
    DEMO_PROPOSALS.forEach((proposal, index) => {
      const votes = demo.plan[index]?.votes ?? [];
      expect([
        votes.filter((vote) => vote.value === 1).length,
        votes.filter((vote) => vote.value === -1).length,
      ]).toEqual(proposal.votes);
    });
    const counts = demo.plan
      .slice(DEMO_PROPOSALS.length)
      .map((suggestion) => suggestion.votes.length)
      .sort((a, b) => a - b);
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThanOrEqual(8);
    expect(counts.at(-1)).toBeGreaterThanOrEqual(30);
  });

  it('ranks differently by CONSENSUS than by TOP, favouring broad support over one sector', () => {
    const top = topTen(demo, netVotes);
    const byConsensus = topTen(demo, (suggestion) => consensus(suggestion, demo));
    const shared = top.filter((index) => byConsensus.includes(index));
    expect(shared.length).toBeLessThanOrEqual(5);

    const oneSector = demo.plan
      .map((suggestion, index) => ({ suggestion, index }))
      .filter(({ index }) => {
        const audience = demo.entries[index]?.audience;
        return audience !== 'all' && audience?.length === 1;
      })
      .reduce((best, next) => (netVotes(next.suggestion) > netVotes(best.suggestion) ? next : best));
    const broadAbove = demo.plan.filter(
      (suggestion, index) =>
        demo.entries[index]?.audience === 'all' &&
        netVotes(suggestion) < netVotes(oneSector.suggestion) &&
        consensus(suggestion, demo) > consensus(oneSector.suggestion, demo),
    );
    expect(broadAbove.length).toBeGreaterThan(0);
  });

  it('merges a later duplicate into the best-supported suggestion of a big concern, with its votes', () => {
    expect(demo.merges.length).toBeGreaterThanOrEqual(3);
    for (const { duplicate, into } of demo.merges) {
      const [from, to] = [demo.plan[duplicate], demo.plan[into]] as [PlannedSuggestion, PlannedSuggestion];
      expect(demo.entries[duplicate]?.concern).toBe(demo.entries[into]?.concern);
      expect(from.createdAt.getTime()).toBeGreaterThan(to.createdAt.getTime());
      expect(from.votes).toEqual([]);
      expect(netVotes(to)).toBeGreaterThan(0);
    }
  });

  it('moves a duplicate’s votes as merging does: not the target author’s, and one per voter', () => {
    const at = new Date(0);
    const moved = withVotesMoved(
      [
        { author: 0, createdAt: at, votes: [{ voter: 1, value: 1, at }] },
        {
          author: 1,
          createdAt: at,
          votes: [
            { voter: 0, value: 1, at },
            { voter: 2, value: -1, at },
            { voter: 3, value: 1, at },
          ],
        },
      ],
      [{ duplicate: 1, into: 0 }],
    );
    expect(moved[0]?.votes.map((vote) => [vote.voter, vote.value])).toEqual([
      [1, 1],
      [2, -1],
      [3, 1],
    ]);
    expect(moved[1]?.votes).toEqual([]);
  });

  it('links each curated theme to the best suggestion of distinct concerns, never a merged one', () => {
    const merged = new Set(demo.merges.map(({ duplicate }) => duplicate));
    const related = relatedSuggestions('energy-resources', demo.entries, demo.plan, merged, 4);
    expect(related).toHaveLength(4);
    const concerns = related.map((index) => demo.entries[index]?.concern);
    expect(new Set(concerns).size).toBe(4);
    for (const index of related) {
      expect(merged.has(index)).toBe(false);
      expect(demo.entries[index]?.theme).toBe('energy-resources');
    }
  });

  it('plans pairwise answers: each pair once per member, never their own or a merged suggestion', () => {
    const members = demo.memberSectors.length;
    const answers = planPairwiseAnswers(demo.plan, demo.merges, members);
    expect(planPairwiseAnswers(demo.plan, demo.merges, members)).toEqual(answers);
    expect(answers.length).toBeGreaterThan(500);
    const merged = new Set(demo.merges.map(({ duplicate }) => duplicate));
    const seen = new Set<string>();
    for (const { member, pair, winner } of answers) {
      const key = `${member}:${pair[0]}:${pair[1]}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      expect(pair[0]).toBeLessThan(pair[1]);
      for (const index of pair) {
        expect(merged.has(index)).toBe(false);
        expect(demo.plan[index]?.author).not.toBe(member);
      }
      expect(winner === null || pair.includes(winner)).toBe(true);
    }
    // Better-supported suggestions win more often than they lose, but not always.
    const winnerAhead = answers.filter(({ pair, winner }) => {
      if (winner === null) return false;
      const loser = pair[0] === winner ? pair[1] : pair[0];
      return netVotes(demo.plan[winner]!) > netVotes(demo.plan[loser]!);
    }).length;
    const decided = answers.filter(({ pair, winner }) => {
      return winner !== null && netVotes(demo.plan[pair[0]]!) !== netVotes(demo.plan[pair[1]]!);
    }).length;
    expect(winnerAhead / decided).toBeGreaterThan(0.55);
    expect(winnerAhead / decided).toBeLessThan(0.95);
  });
});
