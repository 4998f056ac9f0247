import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import {
  type FixedHeaders,
  findHit,
  GRAPHQL_PATH,
  type PublicReadSource,
  RequestKeys,
  sendHit,
} from './public-read-middleware';

/**
 * Largest POST body read here: the longest public document (16 kB) with its variables. Larger
 * bodies go to Express's body parser (and its 100 kB limit) untouched.
 */
const MAX_BODY_BYTES = 32 * 1024;
/**
 * Requests whose cache key is remembered (`RequestKeys`), and the longest remembered: the web
 * client's GETs by hash are under 1 kB and its longest POST of a public read about 2 kB; at most
 * 500 × (4 + 4) kB = 4 MB.
 */
const MAX_REMEMBERED_REQUESTS = 500;
const MAX_REMEMBERED_CHARS = 4 * 1024;
const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** A POST body read here that is not JSON: Express's body parser answers it (`preReadBodyError`). */
const unparsable = new WeakSet<IncomingMessage>();

/**
 * Whether the JSON body of `req` was read before Express and did not parse: the body parser then
 * answers as it would have itself (the stream is spent).
 */
export function preReadBodyError(req: IncomingMessage): boolean {
  return unparsable.has(req);
}

export interface HitsBeforeExpressOptions {
  readonly source: PublicReadSource;
  /** Headers every hit carries (helmet's, computed once at start-up; X-Served-By). */
  readonly fixedHeaders: FixedHeaders;
  /** CORS is on: a request with an Origin goes to Express, whose CORS middleware answers it. */
  readonly cors: boolean;
}

function isGraphQLPath(url: string | undefined): boolean {
  if (url === undefined || !url.startsWith(GRAPHQL_PATH)) return false;
  return url.length === GRAPHQL_PATH.length || url[GRAPHQL_PATH.length] === '?';
}

/** A POST that may be a public read: a small JSON body of known length, not encoded. */
function readablePost(req: IncomingMessage): boolean {
  const { headers } = req;
  const length = Number(headers['content-length']);
  return (
    headers['transfer-encoding'] === undefined &&
    headers['content-encoding'] === undefined &&
    Number.isInteger(length) &&
    length > 0 &&
    length <= MAX_BODY_BYTES &&
    JSON_TYPE.test(headers['content-type'] ?? '')
  );
}

/**
 * Answers cache hits of anonymous public reads in the server's own 'request' listener, before
 * Express and everything mounted on it (helmet, the request log, the body parser, throttling):
 * a hit costs a lookup and one `writeHead`. The fixed headers are what those layers set on the same
 * answer (the e2e spec compares a hit with a miss). Everything else, misses, conditional requests
 * (304) and errors included, goes to `expressApp` as before; a POST body read here is handed over
 * as `req.body` (the body parser skips a request already read).
 */
export function hitsBeforeExpress(
  options: HitsBeforeExpressOptions,
  expressApp: RequestListener,
): RequestListener {
  const { source, fixedHeaders, cors } = options;
  const keys = new RequestKeys(MAX_REMEMBERED_REQUESTS, MAX_REMEMBERED_CHARS);
  return (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method;
    if (
      (method !== 'GET' && method !== 'POST') ||
      !isGraphQLPath(req.url) ||
      source.cache === null ||
      // Signed-in requests are never answered from the cache: their bodies are the body parser's.
      req.headers.authorization !== undefined ||
      req.headers['if-none-match'] !== undefined ||
      (cors && req.headers.origin !== undefined)
    ) {
      expressApp(req, res);
      return;
    }
    if (method === 'GET') {
      const hit = findHit(source, req, undefined, keys);
      if (hit === null) expressApp(req, res);
      else sendHit(res, method, req.headers, fixedHeaders, source, hit);
      return;
    }
    if (!readablePost(req)) {
      expressApp(req, res);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('error', () => expressApp(req, res));
    req.once('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const hit = findHit(source, req, text, keys);
      if (hit !== null) {
        sendHit(res, method, req.headers, fixedHeaders, source, hit);
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      if (typeof body !== 'object' || body === null) {
        unparsable.add(req);
        expressApp(req, res);
        return;
      }
      (req as IncomingMessage & { body?: unknown }).body = body;
      expressApp(req, res);
    });
  };
}

/** Puts `hitsBeforeExpress` in front of the request listener(s) of `server` (Express). */
export function answerHitsBeforeExpress(server: Server, options: HitsBeforeExpressOptions): void {
  const listeners = server.listeners('request') as RequestListener[];
  const [only] = listeners;
  if (listeners.length !== 1 || only === undefined) {
    throw new Error(`Expected one request listener (Express), found ${listeners.length}`);
  }
  server.removeListener('request', only);
  server.on('request', hitsBeforeExpress(options, only));
}
