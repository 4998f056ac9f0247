import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { runBuilt, startArguments, startBuiltServer } from './support/built-app';
import { childPids, isAlive, processIds } from './support/processes';

const ROOT = join(__dirname, '..');

/** The command line of every process of the process group `pgid`, by pid. */
/** The commands of `root` and every process below it (the embedded servers run in groups of their own). */
function descendantCommands(root: number): Map<number, string> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parents.set(Number(entry), processIds(Number(entry)).parent);
    } catch {
      // the process ended meanwhile
    }
  }
  const below = (pid: number): boolean => pid === root || (parents.has(pid) && below(parents.get(pid)!));
  const commands = new Map<number, string>();
  for (const pid of parents.keys()) {
    if (!below(pid)) continue;
    try {
      commands.set(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      // the process ended meanwhile
    }
  }
  return commands;
}

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { user { roles } } }';
const NO_ADMIN =
  /There is no unblocked admin account\. Create the first one with: npm run cli -- user:create .* --role ADMIN/;

async function stop(server: ChildProcessWithoutNullStreams): Promise<void> {
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  await exited;
}

describe('the built server (npm start)', () => {
  it('serves GraphQL and health in production mode, and leaves no database process behind on SIGTERM', async () => {
    const { server, url: base } = await startBuiltServer({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://kabinet.example',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'start-')),
    });

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
    // A graceful shutdown (apps/api/src/shutdown) ends with exit code 0.
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(database.filter(isAlive)).toEqual([]);
  });

  it('npm start boots one application and one embedded database, not a second pair for the demo-data check', async () => {
    const npm = spawn('npm', ['start'], {
      cwd: ROOT,
      detached: true,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        PUBLIC_URL: 'https://kabinet.example',
        SMTP_URL: process.env.E2E_SMTP_URL,
        PORT: '0',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'start-')),
      },
    });
    const pgid = npm.pid ?? -1;
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = once(npm, 'exit');
    // Every process npm start ran until the API was ready, watched often enough to see one that
    // lives for a second (the CLI and its database took several).
    const seen = new Map<number, string>();
    try {
      const deadline = Date.now() + 90_000;
      while (!output.includes('API ready at')) {
        if (npm.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
        if (Date.now() > deadline) throw new Error(`npm start was not ready within 90 s:\n${output}`);
        for (const [pid, command] of descendantCommands(pgid)) seen.set(pid, command);
        await sleep(20);
      }
    } finally {
      process.kill(-pgid, 'SIGTERM');
      await exited;
    }
    const commands = [...seen.values()];
    // Node processes only: the shell that runs the script names every file too.
    const nodeRunning = (file: string): string[] =>
      commands.filter((command) => command.startsWith('node ') && command.includes(file));
    expect(commands.filter((command) => command.includes('embedded-mongo'))).toHaveLength(1);
    expect(nodeRunning('dist/apps/api/src/cli.js')).toEqual([]);
    expect(nodeRunning('dist/apps/api/src/main.js')).toHaveLength(1);
    expect(output).toContain('Demo data: not loaded in production.');
  }, 120_000);

  it('loads no demo data in production, says how to create the first admin, and stops saying so once there is one', async () => {
    const env = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://kabinet.example',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'start-')),
    };
    const first = await startBuiltServer(env, startArguments());
    try {
      expect(first.log.join('\n')).toMatch(NO_ADMIN);
      expect(first.log.join('\n')).toContain('Demo data: not loaded in production.');
      const demoAdmin = await request(first.url)
        .post('/graphql')
        .send({
          query: LOGIN,
          variables: { input: { email: 'beheer@kabinet.example', password: 'Kabinet-Demo-2026' } },
        });
      expect(
        (demoAdmin.body as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ).toBe('UNAUTHENTICATED');
      const proposals = await request(first.url)
        .post('/graphql')
        .send({ query: '{ proposals(first: 1) { totalCount } }' });
      expect(proposals.body).toEqual({ data: { proposals: { totalCount: 0 } } });

      const created = await runBuilt(
        'cli',
        [
          'user:create',
          '--email',
          'beheer@gemeente.example',
          '--password',
          'Eerste-Beheerder-2026',
          '--name',
          'Beheer',
          '--role',
          'ADMIN',
        ],
        env,
      );
      expect(created.stdout).toMatch(/Created user beheer@gemeente\.example .* with roles MEMBER, ADMIN\./);
      const admin = await request(first.url)
        .post('/graphql')
        .send({
          query: LOGIN,
          variables: { input: { email: 'beheer@gemeente.example', password: 'Eerste-Beheerder-2026' } },
        });
      expect(admin.body).toEqual({ data: { login: { user: { roles: ['MEMBER', 'ADMIN'] } } } });
    } finally {
      await stop(first.server);
    }

    const second = await startBuiltServer(env);
    await stop(second.server);
    expect(second.log.join('\n')).not.toMatch(/no unblocked admin/);
    // A CLI run and two servers, each starting and stopping: about 50 s on a machine busy with
    // other runs, too close to the suite's default.
  }, 120_000);

  it('explains in one sentence what to do when there is neither Go nor MONGODB_URI', async () => {
    const { code, stderr } = await runBuilt('main', [], {
      GO: '/nonexistent/go',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'start-')),
    });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^No database configured: install Go .* or set MONGODB_URI .*\.$/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('stops with a message naming a wrong configuration variable', async () => {
    const { code, stderr } = await runBuilt('main', [], { PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Invalid configuration: PORT: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
