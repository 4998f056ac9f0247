import { describe, expect, it } from 'vitest';
import { keepingReturn, safeReturnPath, signInPath } from './navigation';

describe('safeReturnPath', () => {
  it('returns to a path of this site', () => {
    expect(safeReturnPath('/rangschikken')).toBe('/rangschikken');
    expect(safeReturnPath('/voorstel/1?x=2')).toBe('/voorstel/1?x=2');
    expect(safeReturnPath('/profiel#meldingen')).toBe('/profiel#meldingen');
  });

  it('goes home instead of to another site or nowhere', () => {
    expect(safeReturnPath(null)).toBe('/');
    expect(safeReturnPath('')).toBe('/');
    expect(safeReturnPath('voorstel/1')).toBe('/');
    expect(safeReturnPath('https://example.com/')).toBe('/');
    expect(safeReturnPath('javascript:alert(1)')).toBe('/');
    expect(safeReturnPath('//example.com/')).toBe('/');
    expect(safeReturnPath('/\\example.com/')).toBe('/');
  });

  it('judges the path as a browser reads it, without tabs and line breaks', () => {
    expect(safeReturnPath('/\t/example.com/')).toBe('/');
    expect(safeReturnPath('/\n/example.com/')).toBe('/');
    expect(safeReturnPath('/\r\n\\example.com/')).toBe('/');
  });

  it('round-trips through the sign-in address', () => {
    const url = new URL(signInPath('/rangschikken?thema=1'), 'http://localhost');
    expect(url.pathname).toBe('/inloggen');
    expect(safeReturnPath(url.searchParams.get('terug'))).toBe('/rangschikken?thema=1');
    expect(signInPath('/voorstel/1', '/registreren')).toBe('/registreren?terug=%2Fvoorstel%2F1');
  });
});

describe('keepingReturn', () => {
  it('carries the place to return to on to another page, checked', () => {
    expect(keepingReturn('/registreren', new URLSearchParams('terug=/voorstel/1'))).toBe(
      '/registreren?terug=%2Fvoorstel%2F1',
    );
    expect(keepingReturn('/registreren', new URLSearchParams('terug=//evil.example'))).toBe(
      '/registreren?terug=%2F',
    );
    expect(keepingReturn('/registreren', new URLSearchParams())).toBe('/registreren');
  });
});
