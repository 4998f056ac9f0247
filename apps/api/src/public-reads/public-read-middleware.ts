import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { negotiateLanguage } from '@app/core';
import type { CachedAnswer, PublicReadCache } from './public-read-cache';
import type { PersistedQueries } from './persisted-queries';
import { type DocumentDescriptions, publicQueryName } from './public-operations';

export const GRAPHQL_PATH = '/graphql';

/** What the middleware needs of `PublicReads`. */
export interface PublicReadSource {
  /** The cache, or null while it is off (switched off, or writes of other processes go unheard). */
  readonly cache: PublicReadCache | null;
  readonly persistedQueries: PersistedQueries;
  readonly documents: DocumentDescriptions;
  /** Cache-Control's stale-while-revalidate for browsers and proxies. */
  readonly staleWhileRevalidateSeconds: number;
}

/** The GraphQL-over-HTTP parameters of a request, before anything checks them. */
interface GraphQLParams {
  query: unknown;
  variables: unknown;
  operationName: unknown;
  extensions: unknown;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
/** Content types a browser may send cross-site without a preflight (as Apollo's CSRF prevention). */
const SIMPLE_CONTENT_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
]);
const VARY = 'Accept-Encoding, Accept-Language, Authorization';
/**
 * Longer documents are never public reads (the web client's longest is a few kB): they pass on
 * to Apollo without being parsed and remembered here, so that the cache's memory stays small.
 */
const MAX_PUBLIC_DOCUMENT_CHARS = 16 * 1024;

function jsonParam(value: string | null): unknown {
  return value === null ? undefined : JSON.parse(value);
}

function paramsOf(req: Pick<Request, 'method' | 'url' | 'body'>): GraphQLParams | null {
  if (req.method === 'POST') {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
    const { query, variables, operationName, extensions } = body as Record<string, unknown>;
    return { query, variables, operationName, extensions };
  }
  if (req.method !== 'GET') return null;
  const at = req.url.indexOf('?');
  if (at < 0) return null;
  const search = new URLSearchParams(req.url.slice(at + 1));
  try {
    return {
      query: search.get('query') ?? undefined,
      variables: jsonParam(search.get('variables')),
      operationName: search.get('operationName') ?? undefined,
      extensions: jsonParam(search.get('extensions')),
    };
  } catch {
    // Apollo answers the malformed JSON.
    return null;
  }
}

/** The cache key of a public read: language, document, operation and variables. */
function cacheKey(
  req: { headers: IncomingHttpHeaders },
  documentHash: string,
  name: string,
  variables: unknown,
): string {
  const language = negotiateLanguage(header(req, 'accept-language'));
  return `${language}\n${documentHash}\n${name}\n${JSON.stringify(variables ?? null)}`;
}

/** A persistedQuery extension that is not version 1 with a SHA-256 in lower-case hex. */
const INVALID = Symbol('invalid persisted query');

/** The persisted-query hash of a request: the hash, null when the request has none, or INVALID. */
function persistedHashOf(extensions: unknown): string | null | typeof INVALID {
  if (typeof extensions !== 'object' || extensions === null) return null;
  const persisted = (extensions as Record<string, unknown>).persistedQuery;
  if (persisted === undefined) return null;
  if (typeof persisted !== 'object' || persisted === null) return INVALID;
  const { version, sha256Hash } = persisted as Record<string, unknown>;
  return version === 1 && typeof sha256Hash === 'string' && SHA256_HEX.test(sha256Hash)
    ? sha256Hash
    : INVALID;
}

/**
 * Hands Apollo (whose own persisted queries are off) the request as if the client had sent the
 * whole document: the query in place of the hash, the persistedQuery extension removed.
 */
function withDocument(req: Request, params: GraphQLParams, query: string): void {
  const extensions = { ...(params.extensions as Record<string, unknown>) };
  delete extensions.persistedQuery;
  const rest = Object.keys(extensions).length > 0 ? extensions : undefined;
  if (req.method === 'POST') {
    req.body = { ...(req.body as Record<string, unknown>), query, extensions: rest };
    return;
  }
  const search = new URLSearchParams({ query });
  if (typeof params.operationName === 'string') search.set('operationName', params.operationName);
  if (params.variables !== undefined) search.set('variables', JSON.stringify(params.variables));
  if (rest !== undefined) search.set('extensions', JSON.stringify(rest));
  req.url = `${req.path}?${search.toString()}`;
}

function sendError(res: Response, status: number, message: string, code: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'private, no-cache, must-revalidate');
  const reason = code === 'BAD_USER_INPUT' ? { reason: 'INVALID_REQUEST' } : {};
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...reason } }] }));
}

function header(req: { headers: IncomingHttpHeaders }, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Whether a GET passes Apollo's CSRF prevention (a header a cross-site form or image cannot set):
 * the cache answers only what Apollo itself would run.
 */
function preflighted(req: { headers: IncomingHttpHeaders }): boolean {
  if ((header(req, 'apollo-require-preflight') ?? '') !== '') return true;
  if ((header(req, 'x-apollo-operation-name') ?? '') !== '') return true;
  const type = header(req, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  return type !== undefined && type !== '' && !SIMPLE_CONTENT_TYPES.has(type);
}

/** What an Accept-Encoding header allows, by its value: browsers send a handful of values. */
const acceptedEncodings = new Map<string, { br: boolean; gzip: boolean }>();
const MAX_REMEMBERED_ACCEPT_ENCODINGS = 100;

function acceptedBy(acceptEncoding: string): { br: boolean; gzip: boolean } {
  let accepted = acceptedEncodings.get(acceptEncoding);
  if (accepted !== undefined) return accepted;
  accepted = { br: false, gzip: false };
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    if (quality !== undefined && !(Number(quality.slice(2)) > 0)) continue;
    if (name === 'br' || name === '*') accepted.br = true;
    if (name === 'gzip' || name === '*') accepted.gzip = true;
  }
  if (acceptedEncodings.size >= MAX_REMEMBERED_ACCEPT_ENCODINGS) acceptedEncodings.clear();
  acceptedEncodings.set(acceptEncoding, accepted);
  return accepted;
}

/**
 * The encoding of the answer to send: Brotli, gzip or none, as Accept-Encoding allows. The header
 * is parsed once per distinct value: on every hit, its parse showed in the profile of P1.
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  answer: CachedAnswer,
): 'br' | 'gzip' | null {
  if (acceptEncoding === undefined || answer.gzip === null) return null;
  const { br, gzip } = acceptedBy(acceptEncoding);
  return br && answer.br !== null ? 'br' : gzip ? 'gzip' : null;
}

function matchesETag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .some((candidate) => candidate.trim() === '*' || candidate.trim().replace(/^W\//, '') === opaque);
}

function serve(
  req: Request,
  res: Response,
  source: PublicReadSource,
  cache: PublicReadCache,
  answer: CachedAnswer,
  acceptEncoding: string | undefined,
  state: 'hit' | 'stale' | 'miss',
): void {
  res.statusCode = 200;
  res.setHeader('Vary', VARY);
  res.setHeader('ETag', answer.etag);
  res.setHeader('X-Public-Read', state);
  if (req.method === 'GET') {
    const maxAge = state === 'stale' ? 0 : cache.freshForSeconds(answer);
    res.setHeader('Cache-Control', cacheControlOf(maxAge, source.staleWhileRevalidateSeconds));
    if (matchesETag(header(req, 'if-none-match'), answer.etag)) {
      res.statusCode = 304;
      for (const name of ['Content-Type', 'Content-Length', 'Content-Encoding']) res.removeHeader(name);
      res.end();
      return;
    }
  } else {
    res.removeHeader('Cache-Control');
  }
  const encoding = chooseEncoding(acceptEncoding, answer);
  const body = encoding === 'br' ? answer.br : encoding === 'gzip' ? answer.gzip : answer.identity;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (encoding === null) res.removeHeader('Content-Encoding');
  else res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', (body ?? answer.identity).length);
  res.end(body ?? answer.identity);
}

type Chunk = string | Uint8Array;

function chunkBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === 'string') {
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  }
  return chunk instanceof Uint8Array ? Buffer.from(chunk) : null;
}

/**
 * Holds back what Apollo writes to `res` and hands it to `done` when it ends; after that, writes
 * go out as usual (the middleware placed after this one, compression, wraps these functions).
 */
function holdAnswer(res: Response, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let holding = true;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = ((...args: [Chunk, ...unknown[]]) => {
    if (!holding) return Reflect.apply(write, res, args) as boolean;
    const buffer = chunkBuffer(args[0], args[1]);
    if (buffer !== null) chunks.push(buffer);
    return true;
  }) as Response['write'];
  res.end = ((...args: unknown[]) => {
    if (!holding) return Reflect.apply(end, res, args) as Response;
    holding = false;
    const buffer = typeof args[0] === 'function' ? null : chunkBuffer(args[0], args[1]);
    if (buffer !== null) chunks.push(buffer);
    done(Buffer.concat(chunks));
    return res;
  }) as Response['end'];
}

/** A complete JSON result with data and no errors: the only kind of answer stored. */
function storable(res: Response, body: Buffer): boolean {
  if (res.statusCode !== 200) return false;
  const type = res.getHeader('Content-Type');
  if (typeof type !== 'string' || !/^application\/(graphql-response\+)?json\b/.test(type)) return false;
  try {
    const result = JSON.parse(body.toString('utf8')) as unknown;
    return typeof result === 'object' && result !== null && 'data' in result && !('errors' in result);
  } catch {
    return false;
  }
}

/**
 * Responses whose answer this middleware holds back to store it: the compression middleware
 * leaves them alone (the stored answer carries its own encodings, and compression would send the
 * headers before the answer is stored).
 */
const heldAnswers = new WeakSet<Response>();

export function isHeldForCache(res: Response): boolean {
  return heldAnswers.has(res);
}

/** Runs the request through Apollo, stores its answer when it may, and sends it. */
function execute(
  req: Request,
  res: Response,
  next: NextFunction,
  source: PublicReadSource,
  cache: PublicReadCache,
  complete: (json: Buffer | null) => Promise<CachedAnswer | null>,
): void {
  heldAnswers.add(res);
  const acceptEncoding = header(req, 'accept-encoding');
  let completed = false;
  const finish = (json: Buffer | null): Promise<CachedAnswer | null> => {
    if (completed) return Promise.resolve(null);
    completed = true;
    return complete(json);
  };
  // A request that never gets its answer (the client left) must not keep the others waiting.
  res.once('close', () => void finish(null));
  holdAnswer(res, (body) => {
    const sendAsIs = (): void => {
      if (!res.headersSent) res.setHeader('Content-Length', body.length);
      res.end(body);
    };
    finish(storable(res, body) ? body : null)
      .then((answer) => {
        if (answer === null) sendAsIs();
        else serve(req, res, source, cache, answer, acceptEncoding, 'miss');
      })
      .catch(sendAsIs);
  });
  next();
}

/**
 * Answers anonymous public reads (PUBLIC_OPERATIONS) from the cache before Nest, Apollo and the
 * compression middleware see them, and turns persisted-query hashes (GET or POST) into documents
 * for Apollo. Everything else, and every request with an Authorization header, passes through
 * untouched. Mount it after the body parser and before compression.
 */
export function publicReadMiddleware(source: PublicReadSource): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path !== GRAPHQL_PATH) {
      next();
      return;
    }
    const params = paramsOf(req);
    if (params === null) {
      next();
      return;
    }
    const hash = persistedHashOf(params.extensions);
    if (hash === INVALID) {
      sendError(res, 400, 'The persistedQuery extension is not valid.', 'BAD_USER_INPUT');
      return;
    }
    let query: unknown = params.query;
    if (hash !== null) {
      if (typeof query === 'string') {
        if (!source.persistedQueries.register(hash, query)) {
          sendError(res, 400, 'The provided sha256Hash does not match the query.', 'BAD_USER_INPUT');
          return;
        }
      } else if (query === undefined || query === null) {
        const stored = source.persistedQueries.get(hash);
        if (stored === undefined) {
          // Apollo's protocol: the client sends the document again, with its hash.
          sendError(res, 200, 'PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND');
          return;
        }
        query = stored;
      } else {
        sendError(res, 400, 'The query must be a string.', 'BAD_USER_INPUT');
        return;
      }
    }
    // Apollo (whose persisted queries are off) gets the whole document, if the request reaches it.
    const passOn: NextFunction =
      hash === null || typeof query !== 'string'
        ? next
        : (...args) => {
            withDocument(req, params, query);
            next(...args);
          };
    const cache = source.cache;
    if (
      cache === null ||
      typeof query !== 'string' ||
      query.length > MAX_PUBLIC_DOCUMENT_CHARS ||
      req.headers.authorization !== undefined
    ) {
      passOn();
      return;
    }
    if (req.method === 'GET' && !preflighted(req)) {
      passOn();
      return;
    }
    const document = source.documents.describe(query);
    const name = publicQueryName(document, params.operationName);
    if (name === null) {
      passOn();
      return;
    }
    const key = cacheKey(req, document.hash, name, params.variables);
    const consultation = cache.consult(key);
    const acceptEncoding = header(req, 'accept-encoding');
    switch (consultation.kind) {
      case 'hit': {
        serve(
          req,
          res,
          source,
          cache,
          consultation.answer,
          acceptEncoding,
          consultation.fresh ? 'hit' : 'stale',
        );
        return;
      }
      case 'wait':
        consultation.answer.then(
          (answer) =>
            answer === null ? passOn() : serve(req, res, source, cache, answer, acceptEncoding, 'hit'),
          () => passOn(),
        );
        return;
      case 'lead': {
        execute(req, res, passOn, source, cache, consultation.complete);
        return;
      }
    }
  };
}

/** A cached answer that a request may have at once, before Express (`findHit`). */
export interface Hit {
  readonly answer: CachedAnswer;
  readonly fresh: boolean;
  readonly cache: PublicReadCache;
}

/**
 * The cache keys of requests already seen, by their text (the Accept-Language header, and the URL
 * of a GET or the body of a POST): a repeated request skips parsing its URL or body, its
 * variables and its extensions. Only keys of public reads are kept (the request's other headers
 * are checked every time); bounded: `limit` requests of at most `maxTextChars` each (a key is no
 * longer than its request), emptied when full.
 */
export class RequestKeys {
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly limit: number,
    private readonly maxTextChars: number,
  ) {}

  get(text: string): string | undefined {
    return this.keys.get(text);
  }

  set(text: string, key: string): void {
    if (text.length > this.maxTextChars) return;
    if (this.keys.size >= this.limit) this.keys.clear();
    this.keys.set(text, key);
  }
}

/** The cache key of a public read, or null when the request is not one the cache may answer. */
function publicReadKey(
  source: PublicReadSource,
  req: { method: string; url: string; headers: IncomingHttpHeaders },
  bodyText: string | undefined,
): string | null {
  let body: unknown;
  if (req.method === 'POST') {
    try {
      body = JSON.parse(bodyText ?? '');
    } catch {
      return null;
    }
  }
  const params = paramsOf({ method: req.method, url: req.url, body });
  if (params === null) return null;
  const hash = persistedHashOf(params.extensions);
  if (hash === INVALID) return null;
  let query = params.query;
  if (hash !== null) {
    // A document sent with its hash is registered (and checked) by the middleware.
    if (query !== undefined && query !== null) return null;
    query = source.persistedQueries.get(hash);
  }
  if (typeof query !== 'string' || query.length > MAX_PUBLIC_DOCUMENT_CHARS) return null;
  const document = source.documents.describe(query);
  const name = publicQueryName(document, params.operationName);
  if (name === null) return null;
  return cacheKey(req, document.hash, name, params.variables);
}

/**
 * The cached answer of a GET, or of a POST whose JSON body is `bodyText`, that the middleware
 * would serve at once, without side effects on a miss. Null whenever the middleware must decide
 * (a miss, an error to send, a hash to resolve, a request that is not a public read): Express gets
 * it then. `keys` remembers the keys of requests seen before.
 */
export function findHit(
  source: PublicReadSource,
  req: { method?: string; url?: string; headers: IncomingHttpHeaders },
  bodyText?: string,
  keys?: RequestKeys,
): Hit | null {
  const cache = source.cache;
  if (cache === null || req.headers.authorization !== undefined) return null;
  const method = req.method ?? '';
  if (method === 'GET' ? !preflighted(req) : method !== 'POST') return null;
  const url = req.url ?? '';
  const text = `${method} ${header(req, 'accept-language') ?? ''}\n${method === 'GET' ? url : (bodyText ?? '')}`;
  let key = keys?.get(text) ?? null;
  if (key === null) {
    key = publicReadKey(source, { method, url, headers: req.headers }, bodyText);
    if (key === null) return null;
    keys?.set(text, key);
  }
  const peeked = cache.peek(key);
  return peeked === null ? null : { ...peeked, cache };
}

/**
 * Headers of a hit that are the same for every hit of this process (security headers and the
 * like), as `name, value` pairs; `sendHit` adds those of the answer.
 */
export type FixedHeaders = readonly string[];

const cacheControls = new Map<string, string>();

/** `Cache-Control` of a GET answer; the few distinct values are built once. */
function cacheControlOf(maxAge: number, staleWhileRevalidate: number): string {
  const key = `${maxAge}/${staleWhileRevalidate}`;
  let value = cacheControls.get(key);
  if (value === undefined) {
    value = `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`;
    if (cacheControls.size < 1000) cacheControls.set(key, value);
  }
  return value;
}

/**
 * Sends a hit (`findHit`) in one `writeHead`: the fixed headers, then the headers `serve` sets on
 * the same answer. A conditional GET (If-None-Match) is left to the middleware, which answers 304.
 */
export function sendHit(
  res: ServerResponse,
  method: string,
  headers: IncomingHttpHeaders,
  fixed: FixedHeaders,
  source: PublicReadSource,
  hit: Hit,
): void {
  const { answer, cache } = hit;
  const encoding = chooseEncoding(header({ headers }, 'accept-encoding'), answer);
  const body = (encoding === 'br' ? answer.br : encoding === 'gzip' ? answer.gzip : null) ?? answer.identity;
  const out = [
    ...fixed,
    'Vary',
    VARY,
    'ETag',
    answer.etag,
    'X-Public-Read',
    hit.fresh ? 'hit' : 'stale',
    'Content-Type',
    'application/json; charset=utf-8',
    'Content-Length',
    String(body.length),
  ];
  if (method === 'GET') {
    const maxAge = hit.fresh ? cache.freshForSeconds(answer) : 0;
    out.push('Cache-Control', cacheControlOf(maxAge, source.staleWhileRevalidateSeconds));
  }
  if (encoding !== null && body !== answer.identity) out.push('Content-Encoding', encoding);
  res.writeHead(200, out);
  res.end(body);
}
