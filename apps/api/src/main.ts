import './prepare-later';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@app/core';
import { ServingSignal } from '@app/database';
import { createApp, warmUpBeforeListening } from './bootstrap';
import { shutDownOnSignals } from './shutdown/graceful-shutdown';
import {
  exitWithStartupError,
  loadDemoDataIfAsked,
  preflight,
  prepareAfterListen,
  reportMissingAdmin,
  startArguments,
} from './startup';

async function main(): Promise<void> {
  const options = startArguments(process.argv.slice(2));
  await preflight();
  const app = await createApp();
  shutDownOnSignals(app);
  const logger = new Logger('Bootstrap');
  // Before listening: the first page anyone sees has the demo data.
  await loadDemoDataIfAsked(app, options, logger);
  // Before listening too: the first readers get cached answers, not a cold start's seconds.
  const warmUp = await warmUpBeforeListening(app, (message) => logger.warn(message));
  logger.log(`Warmed ${warmUp.warmed} public reads in ${Math.round(warmUp.ms)} ms`);
  const port = app.get(ConfigService<AppConfig, true>).get('PORT', { infer: true });
  await app.listen(port);
  const { port: actualPort } = (app.getHttpServer() as Server).address() as AddressInfo;
  await reportMissingAdmin(app, logger);
  logger.log(`API ready at http://localhost:${actualPort}/graphql`);
  // Background reads of the whole database (the ranking index's verification) wait until now: the
  // warm-up and the first readers go first.
  app.get(ServingSignal).serving();
  prepareAfterListen();
}

main().catch(exitWithStartupError);
