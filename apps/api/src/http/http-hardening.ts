import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import type { AppConfig, ErrorReason } from '@app/core';
import { preReadBodyError } from '../public-reads/hits-before-express';

/** Largest request body accepted (the JSON of one GraphQL request). */
export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * Content-Security-Policy for the web client (a Vite build: scripts and styles from its own
 * origin, no inline script) and everything else the API serves. No upgrade-insecure-requests:
 * whether the site is behind TLS is the proxy's business, and over plain HTTP it would break it.
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'connect-src': ["'self'"],
    'font-src': ["'self'", 'data:'],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'img-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
  },
};

/** Body-parser's errors as JSON with their status (413, 400, 415), never Express's HTML page with a stack. */
function bodyError(error: unknown, res: Response): void {
  const { status, type } = error as { status?: unknown; type?: unknown };
  const code = typeof status === 'number' && status >= 400 && status < 500 ? status : 400;
  const message =
    type === 'entity.too.large'
      ? `Request body too large; the limit is ${BODY_LIMIT_BYTES / 1024} kB.`
      : type === 'entity.parse.failed'
        ? 'Request body is not valid JSON.'
        : 'Request body could not be read.';
  const errorCode = code === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
  const reason: ErrorReason = code === 413 ? 'QUERY_TOO_LARGE' : 'INVALID_REQUEST';
  res.status(code).json({ errors: [{ message, extensions: { code: errorCode, reason } }] });
}

export function jsonBody(): RequestHandler {
  const parse = express.json({ limit: BODY_LIMIT_BYTES });
  return (req: Request, res: Response, next: NextFunction) => {
    if (preReadBodyError(req)) {
      bodyError({ status: 400, type: 'entity.parse.failed' }, res);
      return;
    }
    parse(req, res, (error?: unknown) => {
      if (error === undefined || error === null) {
        next();
      } else {
        bodyError(error, res);
      }
    });
  };
}

/**
 * Security headers (helmet) on every response. Outside production GraphiQL at GET /graphql
 * loads its scripts and styles from a CDN with inline code, so /graphql goes without a CSP there.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const strict = helmet({ contentSecurityPolicy: CONTENT_SECURITY_POLICY });
  if (production) return strict;
  const withoutCsp = helmet({ contentSecurityPolicy: false });
  return (req, res, next) => {
    (req.path === '/graphql' ? withoutCsp : strict)(req, res, next);
  };
}

/**
 * The headers `securityHeaders(production)` sets on an answer to `path`, as `name, value` pairs:
 * computed once at start-up from helmet itself for answers sent before Express (cached public
 * reads), so that they cannot drift from those of every other answer.
 */
export function securityHeadersOf(production: boolean, path: string): string[] {
  const headers = new Map<string, string>();
  const res = {
    setHeader(name: string, value: unknown) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
      return res;
    },
    removeHeader(name: string) {
      for (const key of headers.keys()) if (key.toLowerCase() === name.toLowerCase()) headers.delete(key);
    },
    getHeader(name: string) {
      return headers.get(name);
    },
  };
  const finished = { called: false };
  securityHeaders(production)(
    { path, url: path, method: 'GET', headers: {} } as Request,
    res as unknown as Response,
    () => {
      finished.called = true;
    },
  );
  if (!finished.called) throw new Error('helmet did not finish synchronously');
  return [...headers].flat();
}

/**
 * Body limit, security headers and CORS, before any route. With no CORS_ORIGINS no CORS header is
 * sent, so browsers let only the API's own origin (the web client) read its answers.
 */
export function applyHttpHardening(
  app: INestApplication,
  config: Pick<AppConfig, 'NODE_ENV' | 'CORS_ORIGINS'>,
): void {
  const production = config.NODE_ENV === 'production';
  app.use(securityHeaders(production));
  if (config.CORS_ORIGINS.length > 0) {
    app.enableCors({
      origin: config.CORS_ORIGINS,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'accept-language', 'apollo-require-preflight'],
      maxAge: 600,
    });
  }
  app.use(jsonBody());
}
