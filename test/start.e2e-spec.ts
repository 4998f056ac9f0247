import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { runBuilt, startBuiltServer } from './support/built-app';
import { childPids, isAlive } from './support/processes';

describe('the built server (npm start)', () => {
  it('serves GraphQL and health in production mode, and leaves no database process behind on SIGTERM', async () => {
    const { server, url: base } = await startBuiltServer({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
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
