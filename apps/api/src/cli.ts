import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli/cli.module';
import { exitWithStartupError, preflight } from './startup';

async function main(): Promise<void> {
  await preflight();
  const app = await CommandFactory.createWithoutRunning(CliModule.forRoot(), {
    logger: ['error', 'warn'],
    cliName: 'npm run cli --',
  });
  await CommandFactory.runApplication(app);
  await app.close();
}

main().catch(exitWithStartupError);
