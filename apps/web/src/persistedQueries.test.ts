import { describe, expect, it, vi } from 'vitest';
import { persistedQueryFetch } from './persistedQueries';

const QUERY = 'query List($slug: String!) { curatedList(slug: $slug) { id } }';

function post(body: Record<string, unknown>, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'nl', ...headers },
    body: JSON.stringify(body),
  };
}

function urlOf(input: Parameters<typeof fetch>[0] | undefined): URL {
  return new URL(typeof input === 'string' ? input : '', 'http://localhost');
}

function paramsOf(url: URL): Record<string, string | undefined> {
  return Object.fromEntries(url.searchParams);
}

function json(body: unknown): Response {
  const text = JSON.stringify(body);
  return new Response(text, {
    headers: { 'content-type': 'application/json', 'content-length': String(text.length) },
  });
}

describe('persistedQueryFetch', () => {
  it('sends an anonymous query as GET by hash, and again with its document when the API asks', async () => {
    const base = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(
        json({
          errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
        }),
      )
      .mockResolvedValueOnce(json({ data: { curatedList: { id: '1' } } }));
    const response = await persistedQueryFetch(base)(
      '/graphql',
      post({ operationName: 'List', query: QUERY, variables: { slug: 'a' } }),
    );
    expect(await response.json()).toEqual({ data: { curatedList: { id: '1' } } });
    expect(base).toHaveBeenCalledTimes(2);
    const [firstUrl, firstInit] = base.mock.calls[0] ?? [];
    const first = urlOf(firstUrl);
    expect(firstInit?.method).toBe('GET');
    expect(firstInit?.body).toBeUndefined();
    expect(new Headers(firstInit?.headers).get('apollo-require-preflight')).toBe('true');
    expect(new Headers(firstInit?.headers).get('accept-language')).toBe('nl');
    expect(paramsOf(first).query).toBeUndefined();
    expect(first.searchParams.get('variables')).toBe('{"slug":"a"}');
    const extensions = JSON.parse(first.searchParams.get('extensions') ?? '{}') as {
      persistedQuery: { version: number; sha256Hash: string };
    };
    expect(extensions.persistedQuery.version).toBe(1);
    expect(extensions.persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    const second = urlOf(base.mock.calls[1]?.[0]);
    expect(paramsOf(second).query).toBe(QUERY);
  });

  it('leaves signed-in requests and mutations as POST', async () => {
    const base = vi.fn<typeof fetch>().mockImplementation(() => Promise.resolve(json({ data: {} })));
    const fetcher = persistedQueryFetch(base);
    await fetcher(
      '/graphql',
      post({ query: QUERY, variables: { slug: 'a' } }, { authorization: 'Bearer t' }),
    );
    await fetcher('/graphql', post({ query: 'mutation Logout { logout(refreshToken: "x") }' }));
    expect(base.mock.calls.map(([, init]) => init?.method)).toEqual(['POST', 'POST']);
  });
});
