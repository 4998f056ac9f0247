import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseServer, ensureEmbeddedMongoBinary, SERVER_SELECTION_TIMEOUT_MS } from '@app/database';
import { getConnectionToken } from '@nestjs/mongoose';
import { type Connection, ConnectionStates } from 'mongoose';
import request from 'supertest';
import { isAlive, waitFor } from './support/processes';
import { seriesValue } from './support/prometheus';
import { startTestApp, type TestApp } from './support/test-app';

describe('the embedded database owned by the app', () => {
  let t: TestApp;
  let server: DatabaseServer;

  beforeAll(async () => {
    // No MONGODB_URI: the app starts (and owns) an embedded server of its own.
    t = await startTestApp('e2e_embedded', { MONGODB_URI: undefined });
    server = t.app.get(DatabaseServer);
  });

  afterAll(async () => {
    await t.close();
  });

  const embeddedPid = (): number => {
    const pid = server.embedded?.pid;
    if (pid === undefined) {
      throw new Error('the app did not start an embedded server');
    }
    return pid;
  };

  it('starts its own server when MONGODB_URI is not set', async () => {
    expect(server.embedded?.running).toBe(true);
    expect((await t.gql('{ serverStatus { version } }')).errors).toBeUndefined();
  });

  it('stays ready while heartbeats are only late, although mongoose then reads the connection as disconnected', async () => {
    // What a loaded machine does: no heartbeat succeeded for two intervals, none failed.
    const connection = t.app.get<Connection>(getConnectionToken());
    const heartbeat = connection as unknown as { _lastHeartbeatAt: number | null };
    const lastHeartbeatAt = heartbeat._lastHeartbeatAt;
    heartbeat._lastHeartbeatAt = Date.now() - 60_000;
    try {
      expect(connection.readyState).toBe(ConnectionStates.disconnected);
      const health = await request(t.http).get('/health');
      expect(health.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
      expect(health.status).toBe(200);
    } finally {
      heartbeat._lastHeartbeatAt = lastHeartbeatAt;
    }
  });

  it('restarts a killed server with growing backoff; meanwhile health is 503 and queries fail fast with UNAVAILABLE', async () => {
    // Kill it as soon as it comes back, four times: the fifth restart waits 4 s,
    // a window that is long enough to observe the outage deterministically.
    for (let kill = 0; kill < 5; kill += 1) {
      const pid = embeddedPid();
      process.kill(pid, 'SIGKILL');
      await waitFor('killed', () => !isAlive(pid), 5_000);
      if (kill < 4) {
        await waitFor(
          'restarted',
          () => server.embedded?.running === true && server.embedded.pid !== pid,
          10_000,
        );
      }
    }

    const health = await request(t.http).get('/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });

    const started = Date.now();
    const during = await t.gql('{ serverStatus { version } }');
    expect(Date.now() - started).toBeLessThan(SERVER_SELECTION_TIMEOUT_MS + 1_500);
    expect(during.status).toBe(200);
    expect(during.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    expect(during.errors?.[0]?.message).toMatch(/temporarily unavailable/);

    // Recovers on its own, without restarting the API.
    await waitFor('healthy again', async () => (await request(t.http).get('/health')).status === 200, 20_000);
    const after = await t.gql<{ serverStatus: { version: string } }>('{ serverStatus { version } }');
    expect(after.errors).toBeUndefined();
    expect(after.data?.serverStatus.version).toBeDefined();

    const metrics = (await request(t.http).get('/metrics')).text;
    expect(seriesValue(metrics, 'kabinet_embedded_server_restarts_total', { server: 'database' })).toBe(5);
  });

  it('stops the server when the app shuts down', async () => {
    const pid = embeddedPid();
    await t.close();
    expect(isAlive(pid)).toBe(false);
  });
});

describe('the embedded server process', () => {
  it('exits when its parent goes away (its stdin pipe closes)', async () => {
    const binary = await ensureEmbeddedMongoBinary();
    const child = spawn(
      binary,
      [
        '-listen-addr',
        '127.0.0.1:0',
        '-exit-on-stdin-close',
        '-sqlite-dir',
        join(mkdtempSync(join(tmpdir(), 'orphan-')), 'db'),
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    const [line] = (await once(child.stdout, 'data')) as [Buffer];
    const ready = JSON.parse(line.toString()) as { uri: string };
    expect(ready.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
    const exited = once(child, 'exit');
    child.stdin.end();
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
  });
});
