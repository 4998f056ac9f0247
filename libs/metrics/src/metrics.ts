import { Injectable, Logger } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { BoundedLabel } from './bounded-label';

export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

export type GraphQLOperationType = 'query' | 'mutation' | 'subscription';
export type EmbeddedServerName = 'database' | 'mail';
export type OutboxName = 'events' | 'mail';

/** Operation names kept apart; clients choose them, so the rest share one series. */
export const OPERATION_NAMES_LIMIT = 200;
export const ANONYMOUS_OPERATION = '(anonymous)';
/** A request that named no operation the document holds (it did not parse or validate). */
export const UNRESOLVED_OPERATION = '(unresolved)';
export const OTHER_OPERATIONS = '(other)';

/** How long a scrape waits for one outbox count before leaving its series out. */
const SAMPLE_TIMEOUT_MS = 1_000;

const DATABASE_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];

/**
 * The process's metrics in one registry, for `/metrics`: modules record through this service's
 * methods, never through prom-client itself. Series and labels are listed in the README.
 */
@Injectable()
export class Metrics {
  private readonly logger = new Logger(Metrics.name);
  private readonly registry = new Registry();
  private readonly operationNames = new BoundedLabel(OPERATION_NAMES_LIMIT, OTHER_OPERATIONS);
  private readonly errorCodes = new BoundedLabel(50, 'OTHER');
  private readonly commandNames = new BoundedLabel(50, 'other');
  private readonly outboxCounts = new Map<OutboxName, () => Promise<number>>();

  private readonly operations = new Histogram({
    name: 'kabinet_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP: time from request to response, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    registers: [this.registry],
  });

  private readonly errors = new Counter({
    name: 'kabinet_graphql_errors_total',
    help: 'Errors in GraphQL responses (HTTP and WebSocket), by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  private readonly databaseCommands = new Histogram({
    name: 'kabinet_database_command_duration_seconds',
    help: 'Database commands as the driver times them, by command name and outcome.',
    labelNames: ['command', 'outcome'] as const,
    buckets: DATABASE_BUCKETS,
    registers: [this.registry],
  });

  private readonly embeddedRestarts = new Counter({
    name: 'kabinet_embedded_server_restarts_total',
    help: 'Restarts of an embedded server (FerretDB, Mailpit) after it exited unexpectedly.',
    labelNames: ['server'] as const,
    registers: [this.registry],
  });

  private readonly webSockets = new Gauge({
    name: 'kabinet_websocket_connections',
    help: 'GraphQL WebSocket connections open now.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    // From 0, so that the first restart shows as an increase.
    for (const server of ['database', 'mail'] as const) this.embeddedRestarts.inc({ server }, 0);
    const outboxCounts = this.outboxCounts;
    const sample = (outbox: OutboxName, count: () => Promise<number>) => this.sample(outbox, count);
    // Kept by the registry; its collect() counts each outbox when scraped.
    new Gauge({
      name: 'kabinet_outbox_backlog',
      help: 'Entries waiting in an outbox (domain events, mail), counted at scrape time; absent when the count failed.',
      labelNames: ['outbox'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const counts = await Promise.all(
          [...outboxCounts].map(async ([outbox, count]) => [outbox, await sample(outbox, count)] as const),
        );
        for (const [outbox, value] of counts) {
          if (value !== undefined) this.set({ outbox }, value);
        }
      },
    });
  }

  observeGraphQLOperation(
    name: string | undefined,
    type: GraphQLOperationType | undefined,
    seconds: number,
  ): void {
    const operation =
      name === undefined ? UNRESOLVED_OPERATION : this.operationNames.valueOf(name || ANONYMOUS_OPERATION);
    this.operations.observe({ operation, type: type ?? 'unknown' }, seconds);
  }

  countGraphQLErrors(codes: readonly unknown[]): void {
    for (const code of codes) {
      const label = typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'NONE';
      this.errors.inc({ code: this.errorCodes.valueOf(label) });
    }
  }

  observeDatabaseCommand(command: string, outcome: 'succeeded' | 'failed', seconds: number): void {
    this.databaseCommands.observe({ command: this.commandNames.valueOf(command), outcome }, seconds);
  }

  countEmbeddedServerRestart(server: EmbeddedServerName): void {
    this.embeddedRestarts.inc({ server });
  }

  webSocketOpened(): void {
    this.webSockets.inc();
  }

  webSocketClosed(): void {
    this.webSockets.dec();
  }

  /** `count` answers the outbox's backlog; it is asked at every scrape. */
  measureOutboxBacklog(outbox: OutboxName, count: () => Promise<number>): void {
    this.outboxCounts.set(outbox, count);
  }

  /** Every series in Prometheus's text format (METRICS_CONTENT_TYPE). */
  exposition(): Promise<string> {
    return this.registry.metrics();
  }

  private async sample(outbox: OutboxName, count: () => Promise<number>): Promise<number | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), SAMPLE_TIMEOUT_MS);
    });
    try {
      return await Promise.race([count(), timeout]);
    } catch (error) {
      this.logger.debug(`Could not count the ${outbox} outbox: ${String(error)}`);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}
