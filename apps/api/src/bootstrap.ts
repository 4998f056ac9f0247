import type { RequestListener, Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@app/core';
import { ClusterMembership } from '@app/database';
import { AppModule, type EnvOverrides } from './app.module';
import { applyHttpHardening, securityHeadersOf } from './http/http-hardening';
import { responseCompression } from './http/response-compression';
import { SERVED_BY } from './http/served-by';
import { PublicReads } from './public-reads/public-reads';
import { answerHitsBeforeExpress } from './public-reads/hits-before-express';
import { type WarmUpReport, warmUpPublicReads } from './public-reads/warm-up';
import { GRAPHQL_PATH, publicReadMiddleware } from './public-reads/public-read-middleware';

/** How long the start-up warm-up of public reads may take at most. */
const WARM_UP_TIMEOUT_MS = 5_000;

/**
 * Fills the public-read cache with the web client's public first pages before the API listens,
 * so that its first readers get cached answers (docs/CACHING.md). Initialises the application;
 * bounded by WARM_UP_TIMEOUT_MS; an error is logged once and never stops the start.
 */
export async function warmUpBeforeListening(
  app: INestApplication,
  log: (message: string) => void,
): Promise<WarmUpReport> {
  await app.init();
  const server = app.getHttpServer() as Server;
  const [listener] = server.listeners('request') as RequestListener[];
  if (listener === undefined) return { warmed: 0, stoppedBy: 'no request listener', ms: 0 };
  return warmUpPublicReads(app.get(PublicReads), listener, { timeoutMs: WARM_UP_TIMEOUT_MS, log });
}

/** Creates the API application as `main.ts` serves it; tests use the same function. */
export async function createApp(env: EnvOverrides = {}): Promise<INestApplication> {
  // The body parser is ours (applyHttpHardening): a size limit and JSON errors instead of a stack.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  const config = app.get(ConfigService<AppConfig, true>);
  // Behind a proxy, req.ip (the per-IP throttles' key) is the client the proxy names, not the proxy.
  app.set('trust proxy', config.get('TRUST_PROXY', { infer: true }));
  if (config.get('SERVED_BY_HEADER', { infer: true })) {
    const servedBy = app.get(ClusterMembership).instanceId;
    app.use((_req: Request, res: Response, next: NextFunction) => {
      res.setHeader(SERVED_BY, servedBy);
      next();
    });
  }
  applyHttpHardening(app, {
    NODE_ENV: config.get('NODE_ENV', { infer: true }),
    CORS_ORIGINS: config.get('CORS_ORIGINS', { infer: true }),
  });
  // Before compression: cached answers carry their encodings, made once when they are stored.
  const publicReads = app.get(PublicReads);
  app.use(publicReadMiddleware(publicReads));
  app.use(responseCompression());
  const production = config.get('NODE_ENV', { infer: true }) === 'production';
  const servedBy = config.get('SERVED_BY_HEADER', { infer: true })
    ? [SERVED_BY, app.get(ClusterMembership).instanceId]
    : [];
  // Hits are answered before Express; they carry the headers helmet sets on /graphql.
  answerHitsBeforeExpress(app.getHttpServer(), {
    source: publicReads,
    fixedHeaders: [...servedBy, ...securityHeadersOf(production, GRAPHQL_PATH)],
    cors: config.get('CORS_ORIGINS', { infer: true }).length > 0,
  });
  return app;
}
