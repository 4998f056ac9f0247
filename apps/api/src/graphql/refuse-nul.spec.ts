import { buildSchema, parse } from 'graphql';
import { refuseNul } from './refuse-nul';

const schema = buildSchema('type Query { a(b: String): String }');

function check(query: string, variables: Record<string, unknown>): string | undefined {
  return refuseNul({ schema, document: parse(query), variables })?.message;
}

describe('refuseNul', () => {
  it('refuses a NUL in a literal, a variable or a key, and lets other text through', () => {
    expect(check('{ a(b: "x\\u0000y") }', {})).toMatch(/NUL/);
    expect(check('{ a }', { v: ['x', { y: 'z\u0000' }] })).toMatch(/NUL/);
    expect(check('{ a }', { 'k\u0000': 1 })).toMatch(/NUL/);
    expect(check('{ a(b: "héllo ✓") }', { v: 'text' })).toBeUndefined();
  });

  it('walks variables nested far deeper than the call stack allows', () => {
    let deep: unknown = 'end';
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(check('{ a }', { v: deep })).toBeUndefined();
  });
});
