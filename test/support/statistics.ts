import { createSignedInUser } from './accounts';
import { FollowUpScene } from './follow-up';
import { hideAsModerator, submitProposal, themeIds, vote } from './proposals';
import type { TestApp } from './test-app';

export const STATISTICS_QUERY = `{
  statistics {
    participation { week monday suggestions votes members }
    themes { theme { slug name } suggestions upvotes downvotes }
    lists {
      slug title version items averageProgress
      statuses { items status { key name } }
      timeline { at itemPosition status { key name } }
    }
  }
}`;

export interface StatisticsAnswer {
  statistics: {
    participation: { week: string; monday: string; suggestions: number; votes: number; members: number }[];
    themes: {
      theme: { slug: string; name: string };
      suggestions: number;
      upvotes: number;
      downvotes: number;
    }[];
    lists: {
      slug: string;
      title: string;
      version: number;
      items: number;
      averageProgress: number;
      statuses: { items: number; status: { key: string; name: string } }[];
      timeline: { at: string; itemPosition: number; status: { key: string; name: string } }[];
    }[];
  };
}

/**
 * Public activity to count, through the real API: three published suggestions in two themes with
 * six votes, a hidden one with two votes (which the figures leave out), and a published list whose
 * one item a liaison moved to "In gesprek". Eight members in all.
 */
export async function seedStatistics(t: TestApp): Promise<{ listSlug: string }> {
  const themes = await themeIds(t);
  const author = await createSignedInUser(t, [], 'Ondernemer');
  const voters = [await createSignedInUser(t), await createSignedInUser(t), await createSignedInUser(t)];
  const submit = (title: string, theme: string) =>
    submitProposal(t, author, { title, themeId: themes[theme]! });
  const talent = await submit('Maak een leven lang leren fiscaal aftrekbaar', 'talent');
  const health = await submit('Minder administratie in de zorg', 'health');
  const talentToo = await submit('Stageplaatsen bij kleine bedrijven vergoeden', 'talent');
  const hidden = await submit('Een voorstel dat verborgen wordt', 'talent');
  const votes: [number, string, 'UP' | 'DOWN'][] = [
    [0, talent.id, 'UP'],
    [1, talent.id, 'UP'],
    [2, talent.id, 'UP'],
    [0, health.id, 'UP'],
    [1, health.id, 'DOWN'],
    [2, talentToo.id, 'UP'],
    [0, hidden.id, 'UP'],
    [1, hidden.id, 'UP'],
  ];
  for (const [voter, proposalId, value] of votes) {
    const response = await vote(t, voters[voter]!, proposalId, value);
    if (response.errors !== undefined) {
      throw new Error(`castVote failed: ${JSON.stringify(response.errors)}`);
    }
  }
  await hideAsModerator(t, hidden.id);
  const scene = await FollowUpScene.start(t);
  const list = await scene.publishedList('Tien geboden voor ondernemers', [talent.id]);
  await scene.recordFollowUp(list.itemId, 'In gesprek met het ministerie.');
  return { listSlug: list.slug };
}
