import type { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@app/core';
import { AppModule, type EnvOverrides } from './app.module';
import { applyHttpHardening } from './http/http-hardening';

/** Creates the API application as `main.ts` serves it; tests use the same function. */
export async function createApp(env: EnvOverrides = {}): Promise<INestApplication> {
  // The body parser is ours (applyHttpHardening): a size limit and JSON errors instead of a stack.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  const config = app.get(ConfigService<AppConfig, true>);
  applyHttpHardening(app, {
    NODE_ENV: config.get('NODE_ENV', { infer: true }),
    CORS_ORIGINS: config.get('CORS_ORIGINS', { infer: true }),
  });
  app.enableShutdownHooks();
  return app;
}
