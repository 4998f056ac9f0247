import { describe, expect, it } from 'vitest';
import { sectorRows } from './sectors';

describe('sectorRows', () => {
  const sectors = [
    { slug: 'bouw', name: 'Bouw', position: 2 },
    { slug: 'agrarisch', name: 'Landbouw en visserij', position: 1 },
    { slug: 'anders', name: 'Anders', position: 99 },
  ];

  it('names the sectors that voted, in the list’s order, leaving out those without votes', () => {
    expect(
      sectorRows(
        [
          { sector: 'anders', up: 1, down: 0 },
          { sector: 'bouw', up: 4, down: 2 },
          { sector: 'agrarisch', up: 0, down: 0 },
        ],
        sectors,
      ),
    ).toEqual([
      { slug: 'bouw', name: 'Bouw', up: 4, down: 2 },
      { slug: 'anders', name: 'Anders', up: 1, down: 0 },
    ]);
  });

  it('keeps a sector the list no longer has, last, under its slug', () => {
    expect(
      sectorRows(
        [
          { sector: 'ruimtevaart', up: 0, down: 3 },
          { sector: 'agrarisch', up: 2, down: 0 },
        ],
        sectors,
      ).map((row) => row.name),
    ).toEqual(['Landbouw en visserij', 'ruimtevaart']);
  });

  it('is empty when nobody voted', () => {
    expect(sectorRows([], sectors)).toEqual([]);
  });
});
