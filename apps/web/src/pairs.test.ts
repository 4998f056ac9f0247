import { describe, expect, it } from 'vitest';
import { choiceForKey, samePair } from './pairs';

describe('samePair', () => {
  const pair = (left: string, right: string) => ({ left: { id: left }, right: { id: right } });

  it('matches the same two suggestions in either order, and nothing else', () => {
    expect(samePair(pair('a', 'b'), pair('a', 'b'))).toBe(true);
    expect(samePair(pair('a', 'b'), pair('b', 'a'))).toBe(true);
    expect(samePair(pair('a', 'b'), pair('a', 'c'))).toBe(false);
  });
});

describe('choiceForKey', () => {
  const press = (key: string, extra: Partial<Parameters<typeof choiceForKey>[0]> = {}) =>
    choiceForKey({ key, altKey: false, ctrlKey: false, metaKey: false, target: null, ...extra });

  it('maps ←, → and S to left, right and skip', () => {
    expect(press('ArrowLeft')).toBe('LEFT');
    expect(press('ArrowRight')).toBe('RIGHT');
    expect(press('s')).toBe('SKIP');
    expect(press('S')).toBe('SKIP');
    expect(press('Enter')).toBeNull();
  });

  it('leaves keys alone while typing in a field or with a modifier', () => {
    expect(press('s', { target: document.createElement('input') })).toBeNull();
    expect(press('ArrowLeft', { target: document.createElement('select') })).toBeNull();
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('s', { ctrlKey: true })).toBeNull();
    expect(press('ArrowRight', { target: document.createElement('button') })).toBe('RIGHT');
  });
});
