import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { createHash } from 'node:crypto';
import { type Model, Types } from 'mongoose';
import { unlessDuplicate } from '@app/core';
import { Metrics } from '@app/metrics';
import type { DeliveredEvent, DomainEvent } from './domain-event';
import { OUTBOX_MODEL, type OutboxRecord } from './outbox.schema';

export type DomainEventHandler = (event: DeliveredEvent) => Promise<void>;

function outboxIdOf(key: string): Types.ObjectId {
  return new Types.ObjectId(createHash('sha256').update(key).digest().subarray(0, 12));
}

/** Entries left by a crash or by another API process are picked up this often. */
const SWEEP_INTERVAL_MS = 15_000;
const BATCH = 100;

/**
 * A transactional-outbox-style event bus without transactions: `publish` stores the event
 * before the request answers (so a success is never followed by a lost notification), and
 * handlers run off the request path. Entries are deleted only after every handler succeeded,
 * so handlers must be idempotent; a failed entry is retried on the next sweep.
 */
@Injectable()
export class DomainEvents implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DomainEvents.name);
  private readonly handlers: DomainEventHandler[] = [];
  private draining: Promise<void> | null = null;
  private drainAgain = false;
  private sweep: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    @InjectModel(OUTBOX_MODEL) private readonly outbox: Model<OutboxRecord>,
    metrics: Metrics,
  ) {
    // Every entry waits for delivery: the outbox holds nothing else.
    metrics.measureOutboxBacklog('events', () => this.outbox.estimatedDocumentCount().exec());
  }

  subscribe(handler: DomainEventHandler): void {
    this.handlers.push(handler);
  }

  /**
   * `once`: a key naming the fact (such as a list's version) for a step a retry may repeat; the
   * entry's id is derived from it, so a second publish stores nothing while the first is waiting,
   * and one after it was delivered reaches the handlers under the same event id, which they
   * dedupe on.
   */
  async publish(event: DomainEvent, once?: string): Promise<void> {
    const entry = { event, createdAt: new Date() };
    await unlessDuplicate(
      this.outbox.create(once === undefined ? entry : { ...entry, _id: outboxIdOf(once) }),
    );
    void this.drain();
  }

  /**
   * Runs the handlers before returning, without the outbox: for events whose handlers are single
   * idempotent writes on a hot path (a vote makes the voter follow the suggestion), where storing
   * and deleting an outbox entry would triple the writes. A failure reaches the caller, whose
   * request then fails like any failed write; a retry must deliver the event again.
   */
  async deliverNow(event: DomainEvent): Promise<void> {
    const delivered = { ...event, eventId: new Types.ObjectId().toHexString() };
    for (const handler of this.handlers) {
      await handler(delivered);
    }
  }

  onApplicationBootstrap(): void {
    void this.drain();
    this.sweep = setInterval(() => void this.drain(), SWEEP_INTERVAL_MS);
    this.sweep.unref();
  }

  /**
   * Before any module shuts down: the event in hand finishes while the database connection is
   * still open (it closes in the shutdown hooks), and the rest wait in the outbox for the next start.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweep);
    await this.draining;
  }

  /** Runs the handlers for every stored event; resolves when the outbox is empty (or failing). */
  drain(): Promise<void> {
    if (this.draining !== null) {
      this.drainAgain = true;
      return this.draining;
    }
    this.draining = this.drainLoop().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  private async drainLoop(): Promise<void> {
    do {
      this.drainAgain = false;
      let entries: OutboxRecord[];
      try {
        entries = await this.outbox
          .find()
          .sort({ createdAt: 1, _id: 1 })
          .limit(BATCH)
          .lean<OutboxRecord[]>()
          .exec();
      } catch (error) {
        this.logger.warn(`Cannot read the event outbox now; retrying later: ${String(error)}`);
        return;
      }
      for (const entry of entries) {
        if (this.stopped) return;
        try {
          for (const handler of this.handlers) {
            await handler({ ...entry.event, eventId: entry._id.toHexString() });
          }
          await this.outbox.deleteOne({ _id: entry._id }).exec();
        } catch (error) {
          this.logger.error(
            { err: error },
            `Event ${entry._id.toHexString()} (${entry.event.type}) failed; it will be retried`,
          );
          return;
        }
      }
      if (entries.length === BATCH) this.drainAgain = true;
    } while (this.drainAgain && !this.stopped);
  }
}
