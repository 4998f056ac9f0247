import type { Language } from '@app/core';
import {
  type ClusterableText,
  clusterTexts,
  clusterThreshold,
  DEFAULT_GRANULARITY,
  MIN_CLUSTER_SIZE,
} from './clustering';

function text(id: string, title: string, body: string, language: Language = 'nl'): ClusterableText {
  return { id, title, body, language };
}

const DUTCH = [
  text('sick-1', 'Loondoorbetaling bij ziekte terug naar één jaar', 'Twee jaar loon doorbetalen is te veel.'),
  text(
    'sick-2',
    'Zieke werknemer twee jaar betalen',
    'Voor een klein bedrijf is een zieke werknemer twee jaar betalen niet te doen.',
  ),
  text(
    'sick-3',
    'Schaf de loondoorbetalingsplicht af',
    'De overheid moet het loon bij ziekte na een jaar overnemen.',
  ),
  text(
    'permit-1',
    'Vergunningen duren te lang',
    'Negen maanden wachten op een vergunning voor een verbouwing.',
  ),
  text(
    'permit-2',
    'Sneller beslissen op een vergunning',
    'De gemeente doet maanden over een simpele vergunning.',
  ),
  text(
    'permit-3',
    'Vergunning binnen acht weken',
    'Een vergunning voor een kleine verbouwing moet binnen acht weken rond zijn.',
  ),
  text('loner', 'Statiegeld op glazen potten', 'Minder afval bij jam en chutney.'),
];

const ENGLISH = [
  text('tax-1', 'Lower taxes on labour', 'Taxes on wages make hiring people too expensive.', 'en'),
  text('tax-2', 'Reduce the tax on wages', 'Employers pay too much tax on every wage they pay.', 'en'),
  text('tax-3', 'Wage taxes are too high', 'The tax on labour keeps small firms from hiring.', 'en'),
  text('permit-en-1', 'Building permits take too long', 'We waited a year for a building permit.', 'en'),
  text(
    'permit-en-2',
    'Faster decisions on permits',
    'The council should decide on a permit within eight weeks.',
    'en',
  ),
  text(
    'permit-en-3',
    'Permits in eight weeks',
    'A building permit should take eight weeks, not a year.',
    'en',
  ),
];

/** Every text's group, as sorted id lists, in a canonical order. */
function partition(texts: readonly ClusterableText[], granularity?: number): string[][] {
  const result = clusterTexts(texts, granularity);
  return [
    ...result.clusters.map((cluster) => [...cluster.memberIds].sort()),
    ...result.unclustered.map((id) => [id]),
  ].sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}

describe('clusterTexts', () => {
  it('groups Dutch suggestions about the same concern, however worded, and leaves a loner out', () => {
    const result = clusterTexts(DUTCH);
    expect(partition(DUTCH)).toEqual([
      ['loner'],
      ['permit-1', 'permit-2', 'permit-3'],
      ['sick-1', 'sick-2', 'sick-3'],
    ]);
    expect(result.unclustered).toEqual(['loner']);
    const sickPay = result.clusters.find((cluster) => cluster.memberIds.includes('sick-1'));
    expect(sickPay?.memberIds).toHaveLength(3);
    expect(sickPay?.label).toBe(DUTCH.find((t) => t.id === sickPay?.memberIds[0])?.title);
    expect(sickPay?.keywords.length).toBeLessThanOrEqual(6);
    expect(sickPay?.keywords).toEqual(expect.arrayContaining(['loon']));
  });

  it('groups English suggestions', () => {
    expect(partition(ENGLISH)).toEqual([
      ['permit-en-1', 'permit-en-2', 'permit-en-3'],
      ['tax-1', 'tax-2', 'tax-3'],
    ]);
  });

  it('leaves a pair alike unclustered: a cluster has at least MIN_CLUSTER_SIZE suggestions', () => {
    const pair = DUTCH.filter((t) => t.id !== 'sick-3');
    const result = clusterTexts(pair);
    expect(MIN_CLUSTER_SIZE).toBe(3);
    expect(result.clusters.map((cluster) => [...cluster.memberIds].sort())).toEqual([
      ['permit-1', 'permit-2', 'permit-3'],
    ]);
    expect([...result.unclustered].sort()).toEqual(['loner', 'sick-1', 'sick-2']);
  });

  it('gives the same clusters for the same suggestions in any order', () => {
    const once = clusterTexts([...DUTCH, ...ENGLISH]);
    expect(clusterTexts([...ENGLISH, ...DUTCH].reverse())).toEqual(once);
    expect(clusterTexts([...DUTCH, ...ENGLISH])).toEqual(once);
  });

  it('gives more, tighter groups as the granularity rises', () => {
    const texts = [...DUTCH, ...ENGLISH];
    const counts = [0, 0.25, 0.5, 0.75, 1].map((granularity) => partition(texts, granularity).length);
    counts.slice(1).forEach((count, index) => expect(count).toBeGreaterThanOrEqual(counts[index] ?? 0));
    expect(counts[0]).toBeLessThan(counts[4] ?? 0);
    expect(clusterThreshold(0)).toBeLessThan(clusterThreshold(DEFAULT_GRANULARITY));
    expect(clusterThreshold(2)).toBe(clusterThreshold(1));
    expect(clusterThreshold(Number.NaN)).toBe(clusterThreshold(DEFAULT_GRANULARITY));
  });

  it('handles no texts and a single text', () => {
    expect(clusterTexts([])).toEqual({ clusters: [], unclustered: [] });
    expect(clusterTexts([DUTCH[0] as ClusterableText])).toEqual({ clusters: [], unclustered: ['sick-1'] });
  });
});
