/**
 * Anonymous queries as GET with an automatic persisted query (Apollo's protocol): the URL names
 * the document by its SHA-256, so that the API answers public reads from its cache and a browser
 * or proxy may keep them (Cache-Control, ETag). When the API does not know the hash yet it
 * answers PERSISTED_QUERY_NOT_FOUND, and the query is sent again with its document. Signed-in
 * requests and mutations stay POST (the API caches nothing of a signed-in reader).
 */

interface GraphQLBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

/** The not-found answer is a few hundred bytes; larger answers are not read twice. */
const NOT_FOUND_MAX_BYTES = 512;

const hashes = new Map<string, Promise<string>>();

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function documentHash(query: string): Promise<string> {
  let hash = hashes.get(query);
  if (hash === undefined) {
    hash = sha256Hex(query);
    hashes.set(query, hash);
  }
  return hash;
}

function persistedUrl(base: string, body: GraphQLBody, hash: string, withQuery: boolean): string {
  const parameters: Record<string, string> = {
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
  };
  if (typeof body.operationName === 'string') parameters.operationName = body.operationName;
  if (body.variables !== undefined) parameters.variables = JSON.stringify(body.variables);
  if (withQuery && typeof body.query === 'string') parameters.query = body.query;
  const url = new URL(base, window.location.href);
  return `${url.pathname}?${new URLSearchParams(parameters).toString()}`;
}

async function isPersistedQueryNotFound(response: Response): Promise<boolean> {
  const length = Number(response.headers.get('content-length') ?? Number.POSITIVE_INFINITY);
  if (!response.ok || !(length < NOT_FOUND_MAX_BYTES)) return false;
  return (await response.clone().text()).includes('PERSISTED_QUERY_NOT_FOUND');
}

/** Web Crypto's digest exists only in secure contexts (HTTPS, localhost); elsewhere: POST. */
function hasSubtleCrypto(): boolean {
  return (crypto as Partial<Crypto>).subtle !== undefined;
}

/** The GET request for `init`, or null when it must stay as it is. */
function anonymousQuery(init: RequestInit | undefined): GraphQLBody | null {
  if (init?.method !== 'POST' || typeof init.body !== 'string' || !hasSubtleCrypto()) return null;
  const headers = new Headers(init.headers);
  if (headers.has('authorization')) return null;
  const body = JSON.parse(init.body) as GraphQLBody;
  return typeof body.query === 'string' && /^\s*query\b/.test(body.query) ? body : null;
}

/** `fetch` for the GraphQL client: anonymous queries go as persisted-query GETs. */
export function persistedQueryFetch(base: typeof fetch = (...args) => fetch(...args)): typeof fetch {
  return async (input, init) => {
    const body = anonymousQuery(init);
    if (body === null || typeof input !== 'string') return base(input, init);
    const hash = await documentHash(body.query as string);
    const headers = new Headers(init?.headers);
    headers.delete('content-type');
    // Apollo's CSRF prevention: a header no cross-site form or image can send.
    headers.set('apollo-require-preflight', 'true');
    const get: RequestInit = { ...init, method: 'GET', body: undefined, headers };
    const response = await base(persistedUrl(input, body, hash, false), get);
    if (!(await isPersistedQueryNotFound(response))) return response;
    return base(persistedUrl(input, body, hash, true), get);
  };
}
