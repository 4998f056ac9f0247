import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@app/core';
import { createApp } from './bootstrap';
import { exitWithStartupError } from './startup-error';

async function main(): Promise<void> {
  const app = await createApp();
  const port = app.get(ConfigService<AppConfig, true>).get('PORT', { infer: true });
  await app.listen(port);
  new Logger('Bootstrap').log(`API ready at http://localhost:${port}/graphql`);
}

main().catch(exitWithStartupError);
