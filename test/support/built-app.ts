import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
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
  args: string[] = [],
): Promise<{ server: ChildProcessWithoutNullStreams; url: string; log: string[] }> {
  const server = spawnBuilt('main', args, { PORT: '0', LOG_LEVEL: 'info', ...env });
  const log: string[] = [];
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for await (const line of createInterface({ input: server.stdout })) {
    log.push(line);
    const url = /API ready at (http:\/\/\S+)\/graphql/.exec(line)?.[1];
    if (url !== undefined) {
      server.stdout.resume();
      return { server, url, log };
    }
  }
  if (server.exitCode === null && server.signalCode === null) await once(server, 'exit');
  // Its last words say why; without them a failure in CI cannot be understood.
  throw new Error(
    `the server exited (${server.exitCode ?? server.signalCode}) before it was ready:\n` +
      `${log.slice(-20).join('\n')}\n${stderr.slice(-4000)}`,
  );
}

/** Stops a built server as an operator would (SIGTERM) and waits until it has exited. */
export async function stopBuiltServer(server: ChildProcessWithoutNullStreams): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  await exited;
}

/** The arguments `npm start` passes to the server after `main.js` (package.json `scripts.start`). */
export function startArguments(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const args = /node \S* ?dist\/apps\/api\/src\/main\.js((?: [^ &]+)*)$/.exec(scripts.start)?.[1];
  if (args === undefined) {
    throw new Error('package.json scripts.start no longer ends by starting dist/apps/api/src/main.js');
  }
  return args.trim().split(' ').filter(Boolean);
}

/** A GraphQL answer as a built server sends it over HTTP. */
export interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Posts `query` to the server at `url` as the holder of `token`. */
export async function postAs(
  url: string,
  token: string,
  query: string,
  variables: object,
): Promise<GraphQLAnswer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer;
}

/** An answer with the process that served it, when the server names it (SERVED_BY_HEADER). */
export interface ServedAnswer {
  status: number;
  answer: GraphQLAnswer;
  servedBy: string | undefined;
}

/**
 * Posts `query` to `url` (a server or a proxy in front of several), from `localAddress` when given
 * (any 127.x.y.z stands for another client on this machine), with `headers` added.
 */
export function postThrough(
  url: string,
  query: string,
  variables: object,
  options: { token?: string; localAddress?: string; headers?: Record<string, string> } = {},
): Promise<ServedAnswer> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      `${url}/graphql`,
      {
        method: 'POST',
        localAddress: options.localAddress,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
          ...options.headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const header = response.headers['x-served-by'];
          resolve({
            status: response.statusCode ?? 0,
            answer: JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLAnswer,
            servedBy: Array.isArray(header) ? header[0] : header,
          });
        });
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}
