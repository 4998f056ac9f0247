import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@app/core';
import { createApp } from './bootstrap';
import { exitWithStartupError, preflight, reportMissingAdmin } from './startup';

async function main(): Promise<void> {
  await preflight();
  const app = await createApp();
  const port = app.get(ConfigService<AppConfig, true>).get('PORT', { infer: true });
  await app.listen(port);
  const { port: actualPort } = (app.getHttpServer() as Server).address() as AddressInfo;
  const logger = new Logger('Bootstrap');
  await reportMissingAdmin(app, logger);
  logger.log(`API ready at http://localhost:${actualPort}/graphql`);
}

main().catch(exitWithStartupError);
