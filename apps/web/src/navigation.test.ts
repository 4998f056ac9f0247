import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInPath } from './navigation';

describe('safeReturnPath', () => {
  it('returns to a path of this site', () => {
    expect(safeReturnPath('/rangschikken')).toBe('/rangschikken');
    expect(safeReturnPath('/voorstel/1?x=2')).toBe('/voorstel/1?x=2');
  });

  it('goes home instead of to another site or nowhere', () => {
    expect(safeReturnPath(null)).toBe('/');
    expect(safeReturnPath('https://example.com/')).toBe('/');
    expect(safeReturnPath('//example.com/')).toBe('/');
    expect(safeReturnPath('/\\example.com/')).toBe('/');
  });

  it('round-trips through the sign-in address', () => {
    const url = new URL(signInPath('/rangschikken?thema=1'), 'http://localhost');
    expect(url.pathname).toBe('/inloggen');
    expect(safeReturnPath(url.searchParams.get('terug'))).toBe('/rangschikken?thema=1');
  });
});
