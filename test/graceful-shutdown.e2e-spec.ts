import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import WebSocket from 'ws';
import { ShutdownState } from '../apps/api/src/shutdown/shutdown-state';
import { startBuiltServer } from './support/built-app';
import { childPids, isAlive } from './support/processes';
import { seriesValue } from './support/prometheus';
import { startTestApp, type TestApp } from './support/test-app';

const PROBE = JSON.stringify({ query: 'query ShutdownProbe { proposals(first: 1) { totalCount } }' });
const SUBSCRIPTION = 'subscription { proposalVotesChanged(proposalId: "000000000000000000000000") { id } }';

async function readBody(response: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of response) body += (chunk as Buffer).toString();
  return body;
}

describe('health probes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('e2e_health');
  });

  afterAll(() => t.close());

  const pings = async (): Promise<number> =>
    seriesValue(
      (await request(t.http).get('/metrics')).text,
      'kabinet_database_command_duration_seconds_count',
      {
        command: 'ping',
        outcome: 'succeeded',
      },
    ) ?? 0;

  it('answers liveness without asking the database, readiness (also at /health) with it', async () => {
    const before = await pings();
    for (let i = 0; i < 3; i += 1) {
      const live = await request(t.http).get('/health/live');
      expect(live.status).toBe(200);
      expect(live.body).toEqual({ status: 'ok' });
    }
    expect(await pings()).toBe(before);

    for (const path of ['/health/ready', '/health']) {
      const ready = await request(t.http).get(path);
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({
        status: 'ok',
        info: { database: { status: 'up' }, process: { status: 'up' } },
      });
    }
    expect(await pings()).toBeGreaterThanOrEqual(before + 2);
  });

  it('is not ready once shutting down, and still alive', async () => {
    t.app.get(ShutdownState).begin();
    for (const path of ['/health/ready', '/health']) {
      const ready = await request(t.http).get(path);
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({
        status: 'error',
        error: { process: { status: 'down', shuttingDown: true } },
        info: { database: { status: 'up' } },
      });
    }
    expect((await request(t.http).get('/health/live')).status).toBe(200);
  });
});

describe('graceful shutdown of the built server', () => {
  let server: ChildProcessWithoutNullStreams | undefined;

  afterEach(() => {
    if (server?.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  });

  it('on SIGTERM closes WebSockets with 1001, finishes the request in flight, stops the embedded database and exits 0', async () => {
    const started = await startBuiltServer({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://kabinet.example',
      // Its own DATA_DIR and no MONGODB_URI: it runs an embedded database of its own.
      DATA_DIR: mkdtempSync(join(tmpdir(), 'shutdown-')),
    });
    server = started.server;
    const { url } = started;
    const database = childPids(server.pid ?? -1);
    expect(database).toHaveLength(1);

    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    await once(ws, 'open');
    ws.send(JSON.stringify({ type: 'connection_init' }));
    await once(ws, 'message');
    ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION } }));
    const wsClosed = once(ws, 'close') as Promise<[number, Buffer]>;

    // A request in flight: the server has its headers (it answered 100 Continue), not yet its body.
    const inFlight = httpRequest(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(PROBE),
        expect: '100-continue',
      },
    });
    const responded = once(inFlight, 'response') as Promise<[IncomingMessage]>;
    inFlight.flushHeaders();
    await once(inFlight, 'continue');
    inFlight.write(PROBE.slice(0, 10));

    const exited = once(server, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    server.kill('SIGTERM');

    const [closeCode] = await wsClosed;
    expect(closeCode).toBe(1001);
    // By then the server accepts no new connections.
    await expect(fetch(`${url}/health/live`)).rejects.toThrow();

    inFlight.end(PROBE.slice(10));
    const [response] = await responded;
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(await readBody(response))).toEqual({ data: { proposals: { totalCount: 0 } } });

    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(database.filter(isAlive)).toEqual([]);
  });
});
