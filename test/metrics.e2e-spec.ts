import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import WebSocket from 'ws';
import { waitFor } from './support/processes';
import { seriesLabels, seriesValue } from './support/prometheus';
import { startTestApp, type TestApp } from './support/test-app';

const PROBE = 'query MetricsProbe { proposals(first: 1) { totalCount } }';
const UNAUTHENTICATED = 'query MetricsInbox { notifications(first: 1) { totalCount } }';
const INVALID = 'query MetricsInvalid { noSuchField }';
const SUBSCRIPTION = 'subscription { proposalVotesChanged(proposalId: "000000000000000000000000") { id } }';
const TOKEN = 'metrics-token-'.padEnd(40, 'x');
const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'j'.repeat(40),
  PUBLIC_URL: 'https://kabinet.example',
};

async function scrape(t: TestApp): Promise<string> {
  const response = await request(t.http).get('/metrics');
  expect(response.status).toBe(200);
  return response.text;
}

/** A graphql-transport-ws connection with one subscription running. */
async function subscribe(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url, 'graphql-transport-ws');
  await once(ws, 'open');
  ws.send(JSON.stringify({ type: 'connection_init' }));
  const [ack] = (await once(ws, 'message')) as [Buffer];
  expect(JSON.parse(ack.toString())).toMatchObject({ type: 'connection_ack' });
  ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION } }));
  return ws;
}

describe('GET /metrics', () => {
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp('e2e_metrics');
    const server = t.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => t.close());

  it('answers in Prometheus text format without a token outside production', async () => {
    const response = await request(t.http).get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.text).toMatch(/^# HELP kabinet_graphql_operation_duration_seconds /m);
  });

  it('times operations by name and counts errors by code', async () => {
    const before = await scrape(t);
    const count = (text: string, operation: string): number =>
      seriesValue(text, 'kabinet_graphql_operation_duration_seconds_count', { operation, type: 'query' }) ??
      0;
    const errors = (text: string, code: string): number =>
      seriesValue(text, 'kabinet_graphql_errors_total', { code }) ?? 0;

    for (let i = 0; i < 3; i += 1) {
      expect((await t.gql(PROBE)).errors).toBeUndefined();
    }
    expect((await t.gql(UNAUTHENTICATED)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(INVALID)).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const after = await scrape(t);
    expect(count(after, 'MetricsProbe') - count(before, 'MetricsProbe')).toBe(3);
    expect(count(after, 'MetricsInbox') - count(before, 'MetricsInbox')).toBe(1);
    expect(errors(after, 'UNAUTHENTICATED') - errors(before, 'UNAUTHENTICATED')).toBe(1);
    expect(errors(after, 'GRAPHQL_VALIDATION_FAILED') - errors(before, 'GRAPHQL_VALIDATION_FAILED')).toBe(1);
    // Not valid, so the name its client gave never becomes a label.
    expect(
      seriesValue(after, 'kabinet_graphql_operation_duration_seconds_count', {
        operation: '(unresolved)',
        type: 'unknown',
      }),
    ).toBeGreaterThanOrEqual(1);
    const sum = seriesValue(after, 'kabinet_graphql_operation_duration_seconds_sum', {
      operation: 'MetricsProbe',
      type: 'query',
    });
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(60);
  });

  it('times database commands by name', async () => {
    const text = await scrape(t);
    const finds = seriesValue(text, 'kabinet_database_command_duration_seconds_count', {
      command: 'find',
      outcome: 'succeeded',
    });
    expect(finds).toBeGreaterThan(0);
    expect(seriesLabels(text, 'kabinet_database_command_duration_seconds_count').length).toBeLessThan(50);
  });

  it('counts open WebSocket connections: 1 while connected, 0 after close', async () => {
    const connections = async (): Promise<number | undefined> =>
      seriesValue(await scrape(t), 'kabinet_websocket_connections');
    expect(await connections()).toBe(0);
    const ws = await subscribe(`ws://${base}/graphql`);
    expect(await connections()).toBe(1);
    ws.close();
    await once(ws, 'close');
    await waitFor('the server saw the socket close', async () => (await connections()) === 0, 10_000);
  });

  it('reports the outbox backlogs, restarts of embedded servers, event-loop lag and heap', async () => {
    const text = await scrape(t);
    expect(seriesValue(text, 'kabinet_outbox_backlog', { outbox: 'events' })).toBeGreaterThanOrEqual(0);
    expect(seriesValue(text, 'kabinet_outbox_backlog', { outbox: 'mail' })).toBeGreaterThanOrEqual(0);
    // This app runs on the suite's database; test/embedded-database.e2e-spec.ts counts restarts.
    expect(seriesValue(text, 'kabinet_embedded_server_restarts_total', { server: 'database' })).toBe(0);
    expect(seriesValue(text, 'kabinet_embedded_server_restarts_total', { server: 'mail' })).toBe(0);
    expect(seriesValue(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(seriesValue(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });
});

describe('GET /metrics in production', () => {
  let apps: TestApp[] = [];

  afterEach(async () => {
    await Promise.all(apps.map((app) => app.close()));
    apps = [];
  });

  const start = async (env: Record<string, string>): Promise<TestApp> => {
    const app = await startTestApp('e2e_metrics_production', { ...PRODUCTION, ...env }, { keepData: true });
    apps.push(app);
    return app;
  };

  it('is absent (404, as an unknown API path) without METRICS_TOKEN, whatever is sent', async () => {
    const t = await start({});
    for (const authorization of [undefined, `Bearer ${TOKEN}`]) {
      const scraped = request(t.http).get('/metrics');
      if (authorization !== undefined) void scraped.set('authorization', authorization);
      const response = await scraped;
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toEqual({ message: 'Cannot GET /metrics', error: 'Not Found', statusCode: 404 });
    }
  });

  it('answers only the bearer of METRICS_TOKEN, and 404 to anyone else', async () => {
    const t = await start({ METRICS_TOKEN: TOKEN });
    expect((await request(t.http).get('/metrics')).status).toBe(404);
    expect((await request(t.http).get('/metrics').set('authorization', `Bearer ${TOKEN}x`)).status).toBe(404);
    expect((await request(t.http).get('/metrics').set('authorization', TOKEN)).status).toBe(404);
    const scraped = await request(t.http).get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    expect(scraped.status).toBe(200);
    expect(scraped.text).toMatch(/^kabinet_websocket_connections 0$/m);
  });
});
