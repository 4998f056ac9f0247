import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import request from 'supertest';
import { runBuilt, startBuiltServer, startSeedArguments } from './support/built-app';
import { childPids, isAlive } from './support/processes';

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
    // Nest re-raises the signal once its shutdown hooks have run.
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGTERM' });
    expect(database.filter(isAlive)).toEqual([]);
  });

  it('loads no demo data in production, says how to create the first admin, and stops saying so once there is one', async () => {
    const env = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://kabinet.example',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'start-')),
    };
    const seeded = await runBuilt('cli', startSeedArguments(), env);
    expect(seeded).toMatchObject({ code: 0, stderr: '' });
    expect(seeded.stdout).toBe('Demo data: not loaded in production.\n');

    const first = await startBuiltServer(env);
    try {
      expect(first.log.join('\n')).toMatch(NO_ADMIN);
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
    // Two CLI runs and two servers, each starting and stopping: about 50 s on a machine busy with
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
