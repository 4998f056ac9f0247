import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { apiLaunch } from '../../apps/api/src/launch';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'apps', 'api', 'src');

/** Runs a built entry point (`main` or `cli`); `npm test` builds before the e2e specs. */
export function spawnBuilt(
  entry: 'main' | 'cli',
  args: string[],
  env: Record<string, string | undefined>,
): ChildProcessWithoutNullStreams {
  const file = join(DIST, `${entry}.js`);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  // The server as `npm start` runs it.
  const launch = entry === 'main' ? apiLaunch(ROOT) : { nodeOptions: [], environment: {} };
  return spawn(process.execPath, [...launch.nodeOptions, file, ...args], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // The run's Mailpit, so that each server does not start its own; `SMTP_URL: undefined` in
      // `env` lets it start the embedded one.
      SMTP_URL: process.env.E2E_SMTP_URL,
      ...launch.environment,
      ...env,
    },
  });
}

export async function runBuilt(
  entry: 'main' | 'cli',
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnBuilt(entry, args, env);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

/** Starts the built server and resolves with its base URL and its log so far once it is ready. */
export async function startBuiltServer(
  env: Record<string, string | undefined>,
): Promise<{ server: ChildProcessWithoutNullStreams; url: string; log: string[] }> {
  const server = spawnBuilt('main', [], { PORT: '0', LOG_LEVEL: 'info', ...env });
  const log: string[] = [];
  for await (const line of createInterface({ input: server.stdout })) {
    log.push(line);
    const url = /API ready at (http:\/\/\S+)\/graphql/.exec(line)?.[1];
    if (url !== undefined) {
      server.stdout.resume();
      return { server, url, log };
    }
  }
  throw new Error('the server exited before it was ready');
}

/** The arguments `npm start` passes to the CLI before it starts the server (package.json). */
export function startSeedArguments(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const command = /node dist\/apps\/api\/src\/cli\.js ([^&]+)&&/.exec(scripts.start)?.[1];
  if (command === undefined) {
    throw new Error('package.json scripts.start no longer runs the CLI before the server');
  }
  return command.trim().split(' ');
}
