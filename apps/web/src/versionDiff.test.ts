import { describe, expect, it } from 'vitest';
import { compareVersions, type VersionItem } from './versionDiff';

const item = (id: string, position: number, title: string, body = ''): VersionItem => ({
  id,
  position,
  title,
  body,
});

describe('comparing two versions of a list', () => {
  it('finds added, removed, moved and reworded items, leaving unchanged ones out', () => {
    const older = [
      item('a', 1, 'Lagere lasten'),
      item('b', 2, 'Minder regels', 'Schrap de dubbele aangifte'),
      item('c', 3, 'Weg'),
    ];
    const newer = [
      item('b', 1, 'Minder regels', 'Schrap de jaarlijkse aangifte'),
      item('a', 2, 'Lagere lasten'),
      item('d', 3, 'Nieuw'),
    ];
    const changes = compareVersions(older, newer);
    expect(changes.map((change) => [change.kind, change.item.id])).toEqual([
      ['changed', 'b'],
      ['changed', 'a'],
      ['added', 'd'],
      ['removed', 'c'],
    ]);
    const [reworded, moved] = changes;
    expect(reworded).toMatchObject({ moved: { from: 2, to: 1 }, title: null });
    const body = reworded?.kind === 'changed' ? reworded.body : null;
    expect(body?.filter((part) => part.removed).map((part) => part.value.trim())).toEqual(['dubbele']);
    expect(body?.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['jaarlijkse']);
    expect(moved).toMatchObject({ moved: { from: 1, to: 2 }, title: null, body: null });
  });

  it('says nothing changed between equal versions', () => {
    const items = [item('a', 1, 'Lagere lasten', 'Tekst')];
    expect(compareVersions(items, items)).toEqual([]);
  });
});
