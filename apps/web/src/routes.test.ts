import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_ROUTES } from '../../../libs/core/src/web/client-routes';

describe('the router', () => {
  it('declares its pages from the route table the server answers 404 by', () => {
    const app = readFileSync(join(import.meta.dirname, 'App.tsx'), 'utf8');
    const literalPaths = [...app.matchAll(/<Route\s+path="([^"]*)"/g)].map((match) => match[1]);
    expect(literalPaths).toEqual(['*']);
    const declared = [...app.matchAll(/path=\{CLIENT_ROUTES\.(\w+)\}/g)].map((match) => match[1]);
    expect(declared.every((route) => route !== undefined && route in CLIENT_ROUTES)).toBe(true);
  });
});
