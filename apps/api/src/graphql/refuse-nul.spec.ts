import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { parse } from 'graphql';
import { refuseNulPlugin } from './refuse-nul';

async function check(query: string, variables: Record<string, unknown>): Promise<void> {
  const listener = (await refuseNulPlugin().requestDidStart?.({} as never)) as GraphQLRequestListener<object>;
  await listener.didResolveOperation?.({
    document: parse(query),
    request: { variables },
  } as unknown as GraphQLRequestContextDidResolveOperation<object>);
}

describe('refuseNulPlugin', () => {
  it('refuses a NUL in a literal, a variable or a key, and lets other text through', async () => {
    await expect(check('{ a(b: "x\\u0000y") }', {})).rejects.toThrow(/NUL/);
    await expect(check('{ a }', { v: ['x', { y: 'z\u0000' }] })).rejects.toThrow(/NUL/);
    await expect(check('{ a }', { 'k\u0000': 1 })).rejects.toThrow(/NUL/);
    await expect(check('{ a(b: "héllo ✓") }', { v: 'text' })).resolves.toBeUndefined();
  });

  it('walks variables nested far deeper than the call stack allows', async () => {
    let deep: unknown = 'end';
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    await expect(check('{ a }', { v: deep })).resolves.toBeUndefined();
  });
});
