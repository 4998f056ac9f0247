import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  API_DEFAULT_GRANULARITY,
  bestScores,
  itemFromCluster,
  MAX_SUGGESTIONS_PER_ITEM,
  visibleClusters,
} from './workbench';

describe('API_DEFAULT_GRANULARITY', () => {
  it('is the default schema.graphql documents for proposalClusters', () => {
    const schema = readFileSync(join(import.meta.dirname, '..', '..', '..', 'schema.graphql'), 'utf8');
    const [, documented] = /proposalClusters\([\s\S]*?([\d.]+) when omitted/.exec(schema) ?? [];
    expect(Number(documented)).toBe(API_DEFAULT_GRANULARITY);
  });
});

describe('visibleClusters', () => {
  const clusters = [
    { id: 'a', supporters: 12, linkedInDraft: true },
    { id: 'b', supporters: 5, linkedInDraft: false },
    { id: 'c', supporters: 2, linkedInDraft: false },
  ];

  it('keeps clusters with at least the minimum of supporters, in their order', () => {
    expect(visibleClusters(clusters, { unusedOnly: false, minSupporters: 5 }).map((c) => c.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('leaves out clusters used in a draft when asked', () => {
    expect(visibleClusters(clusters, { unusedOnly: true, minSupporters: 0 }).map((c) => c.id)).toEqual([
      'b',
      'c',
    ]);
  });
});

describe('itemFromCluster', () => {
  it('takes the label as title, the representative suggestion’s text, and links every suggestion', () => {
    expect(
      itemFromCluster({
        label: 'Loondoorbetaling bij ziekte',
        proposals: [
          {
            id: 'p1',
            title: 'Loon doorbetalen bij ziekte: één jaar',
            body: '  Twee jaar is te lang voor een klein bedrijf.\n',
          },
          { id: 'p2', title: 'Zieke werknemer twee jaar betalen', body: 'Niet te doen.' },
        ],
      }),
    ).toEqual({
      title: 'Loondoorbetaling bij ziekte',
      body: 'Twee jaar is te lang voor een klein bedrijf.',
      proposalIds: ['p1', 'p2'],
    });
  });

  it('falls back to the representative’s title when it has no text', () => {
    expect(
      itemFromCluster({
        label: 'Btw',
        proposals: [{ id: 'p1', title: 'Verlaag de btw op reparaties', body: ' ' }],
      }).body,
    ).toBe('Verlaag de btw op reparaties');
  });

  it('links no more suggestions than an item may hold, the most representative ones', () => {
    const proposals = Array.from({ length: MAX_SUGGESTIONS_PER_ITEM + 5 }, (_, i) => ({
      id: `p${i}`,
      title: 't',
      body: 'b',
    }));
    const { proposalIds } = itemFromCluster({ label: 'Groot', proposals });
    expect(proposalIds).toHaveLength(MAX_SUGGESTIONS_PER_ITEM);
    expect(proposalIds[0]).toBe('p0');
  });
});

describe('bestScores', () => {
  it('takes the highest of each score among the suggestions that have one', () => {
    expect(
      bestScores([
        { pairwiseScore: 41, consensus: 0.62 },
        { pairwiseScore: null, consensus: 0.71 },
        { pairwiseScore: 67.5, consensus: 0.3 },
      ]),
    ).toEqual({ pairwiseScore: 67.5, consensus: 0.71 });
  });

  it('has none when no suggestion has been compared', () => {
    expect(bestScores([{ pairwiseScore: null, consensus: 0.5 }])).toEqual({
      pairwiseScore: null,
      consensus: 0.5,
    });
    expect(bestScores([])).toEqual({ pairwiseScore: null, consensus: null });
  });
});
