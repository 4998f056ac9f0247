import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import request from 'supertest';
import { isAlive } from './support/processes';

/** The built server as `npm start` runs it (`npm test` builds before the e2e specs). */
const MAIN = join(__dirname, '..', 'dist', 'apps', 'api', 'src', 'main.js');

function startServer(env: Record<string, string | undefined>): ChildProcessWithoutNullStreams {
  if (!existsSync(MAIN)) {
    throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
  }
  return spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'start-')),
      ...env,
    },
  });
}

async function run(
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; stderr: string }> {
  const child = startServer(env);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stderr };
}

function childPids(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

describe('the built server (npm start)', () => {
  it('serves GraphQL and health in production mode, and leaves no database process behind on SIGTERM', async () => {
    const server = startServer({
      NODE_ENV: 'production',
      PORT: '0',
      JWT_SECRET: 'x'.repeat(40),
      LOG_LEVEL: 'info',
    });
    const lines = createInterface({ input: server.stdout });
    let url: string | undefined;
    for await (const line of lines) {
      url = /API ready at (http:\/\/\S+)\/graphql/.exec(line)?.[1];
      if (url) break;
    }
    expect(url).toBeDefined();
    server.stdout.resume();
    const base = url ?? '';

    expect((await request(base).post('/graphql').send({ query: '{ __typename }' })).body).toEqual({
      data: { __typename: 'Query' },
    });
    expect((await request(base).get('/health')).status).toBe(200);

    const introspection = await request(base)
      .post('/graphql')
      .send({ query: '{ __schema { types { name } } }' });
    expect(
      (introspection.body as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('GRAPHQL_VALIDATION_FAILED');

    const landingPage = await request(base).get('/graphql').set('accept', 'text/html');
    expect(landingPage.text).not.toContain('graphiql');

    const database = childPids(server.pid ?? -1);
    expect(database).toHaveLength(1);
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    // Nest re-raises the signal once its shutdown hooks have run.
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGTERM' });
    expect(database.filter(isAlive)).toEqual([]);
  });

  it('explains in one sentence what to do when there is neither Go nor MONGODB_URI', async () => {
    const { code, stderr } = await run({ GO: '/nonexistent/go' });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^No database configured: install Go .* or set MONGODB_URI .*\.$/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('stops with a message naming a wrong configuration variable', async () => {
    const { code, stderr } = await run({ PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Invalid configuration: PORT: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
