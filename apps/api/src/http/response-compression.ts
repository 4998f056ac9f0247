import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';
import { isHeldForCache } from '../public-reads/public-read-middleware';

/**
 * Answers that must reach the client as they are written: compression would hold them back in the
 * compressor's buffer (server-sent events, GraphQL incremental delivery in multipart parts).
 */
const STREAMED_TYPES = /^(text\/event-stream|multipart\/)/i;

function shouldCompress(req: Request, res: Response): boolean {
  const type = res.getHeader('Content-Type');
  if (typeof type === 'string' && STREAMED_TYPES.test(type)) return false;
  return compression.filter(req, res);
}

/**
 * gzip or Brotli (as the client's Accept-Encoding prefers) for the answers the server makes up per
 * request: GraphQL JSON, list exports and the pages' HTML. Assets of the web client are compressed
 * at build time and sent as they are (the middleware leaves anything with a Content-Encoding
 * alone); answers under 1 kB go uncompressed, where the headers cost more than they save.
 * WebSocket upgrades never pass through Express, so live updates are unaffected.
 */
export function responseCompression(): RequestHandler {
  const compress = compression({ filter: shouldCompress });
  // An answer held for the public-read cache is encoded there, once for all its readers.
  return (req, res, next) => (isHeldForCache(res) ? next() : compress(req, res, next));
}
