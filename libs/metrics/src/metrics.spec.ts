import { seriesLabels, seriesValue } from '../../../test/support/prometheus';
import {
  ANONYMOUS_OPERATION,
  Metrics,
  OPERATION_NAMES_LIMIT,
  OTHER_OPERATIONS,
  UNRESOLVED_OPERATION,
} from './metrics';

const OPERATIONS = 'kabinet_graphql_operation_duration_seconds_count';

describe('Metrics', () => {
  it('keeps at most OPERATION_NAMES_LIMIT operation names apart, the rest under one label', async () => {
    const metrics = new Metrics();
    for (let i = 0; i < OPERATION_NAMES_LIMIT + 50; i += 1) {
      metrics.observeGraphQLOperation(`Operation${i}`, 'query', 0.01);
    }
    metrics.observeGraphQLOperation('Operation0', 'query', 0.01);
    const text = await metrics.exposition();
    expect(seriesLabels(text, OPERATIONS)).toHaveLength(OPERATION_NAMES_LIMIT + 1);
    expect(seriesValue(text, OPERATIONS, { operation: 'Operation0', type: 'query' })).toBe(2);
    expect(seriesValue(text, OPERATIONS, { operation: OTHER_OPERATIONS, type: 'query' })).toBe(50);
  });

  it('names anonymous and unresolved operations apart', async () => {
    const metrics = new Metrics();
    metrics.observeGraphQLOperation('', 'mutation', 0.01);
    metrics.observeGraphQLOperation(undefined, undefined, 0.01);
    const text = await metrics.exposition();
    expect(seriesValue(text, OPERATIONS, { operation: ANONYMOUS_OPERATION, type: 'mutation' })).toBe(1);
    expect(seriesValue(text, OPERATIONS, { operation: UNRESOLVED_OPERATION, type: 'unknown' })).toBe(1);
  });

  it('counts errors by code, an error without a readable code as NONE', async () => {
    const metrics = new Metrics();
    metrics.countGraphQLErrors(['FORBIDDEN', 'FORBIDDEN', undefined, 'not a code {}']);
    const text = await metrics.exposition();
    expect(seriesValue(text, 'kabinet_graphql_errors_total', { code: 'FORBIDDEN' })).toBe(2);
    expect(seriesValue(text, 'kabinet_graphql_errors_total', { code: 'NONE' })).toBe(2);
  });

  it('samples each outbox at scrape time and leaves out one whose count fails', async () => {
    const metrics = new Metrics();
    let backlog = 3;
    metrics.measureOutboxBacklog('events', () => Promise.resolve(backlog));
    metrics.measureOutboxBacklog('mail', () => Promise.reject(new Error('database down')));
    expect(seriesValue(await metrics.exposition(), 'kabinet_outbox_backlog', { outbox: 'events' })).toBe(3);
    backlog = 0;
    const text = await metrics.exposition();
    expect(seriesValue(text, 'kabinet_outbox_backlog', { outbox: 'events' })).toBe(0);
    expect(seriesValue(text, 'kabinet_outbox_backlog', { outbox: 'mail' })).toBeUndefined();
  });

  it('counts WebSocket connections up and down, and has the process metrics', async () => {
    const metrics = new Metrics();
    metrics.webSocketOpened();
    metrics.webSocketOpened();
    metrics.webSocketClosed();
    const text = await metrics.exposition();
    expect(seriesValue(text, 'kabinet_websocket_connections')).toBe(1);
    expect(seriesValue(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(seriesValue(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });
});
