import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '@app/core';
import { UnitOfWork } from '@app/database';
import { Metrics } from '@app/metrics';
import { MailServer } from '../mail-server';
import { mailMessage } from './mail-message';
import type { MailOutboxRecord } from './mail-outbox.schema';
import { MailOutboxRepository } from './mail-outbox.repository';
import { retryDelayMs } from './retry-delay';

/**
 * How long a sender holds a message it took: longer than one SMTP attempt can last (the
 * transport's timeouts below). A sender that crashed mid-send leaves its claim behind; the
 * message is taken again once the claim has run out.
 */
export const CLAIM_MS = 2 * 60_000;
/** Messages of other processes, and claims a crash left behind, are found this often at least. */
const SWEEP_MS = 30_000;
const BATCH = 100;
/** SMTP connections (and messages in flight) at once. */
const PARALLEL = 4;
/** How long a sent message's key is kept, so that a replay of the key sends nothing. */
export const KEEP_SENT_MS = 30 * 24 * 60 * 60_000;
const CLEAN_UP_EVERY_MS = 60 * 60_000;

/**
 * Delivers the outbox over SMTP, off the request path: started when the application has
 * started, woken by every `Mailer.send`, and by a timer when the next message (a retry) falls
 * due.
 *
 * Each message is claimed before it is sent (its `dueAt` moved to the end of the claim, in a unit
 * of work on its key, so no other sender takes it meanwhile) and marked sent right after the SMTP
 * server accepted it. A failure schedules a retry with a growing delay; a message is never
 * dropped. The one window for a second copy: a crash (or a database that stays away for the
 * whole claim) between the server's acceptance and the mark; the copy has the same Message-ID.
 */
@Injectable()
export class MailSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private readonly from: string;
  private transport: Transporter | undefined;
  private draining: Promise<void> | null = null;
  private drainAgain = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  private lastCleanUp = 0;

  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly unitOfWork: UnitOfWork,
    @Inject(MailServer) private readonly server: MailServer,
    config: ConfigService<AppConfig, true>,
    metrics: Metrics,
  ) {
    this.from = config.get('MAIL_FROM', { infer: true });
    metrics.measureOutboxBacklog('mail', () => outbox.countPending());
  }

  onApplicationBootstrap(): void {
    const url = this.server.smtpUrl;
    if (url === undefined) {
      this.logger.warn('No SMTP server configured: mail stays in the outbox until one is.');
      return;
    }
    this.transport = createTransport({
      url,
      pool: true,
      maxConnections: PARALLEL,
      // Bounded so that one attempt ends well within its claim (CLAIM_MS).
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    this.stopped = false;
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.draining;
    this.transport?.close();
  }

  /** Looks for due messages now (after the current round, if one runs). */
  wake(): void {
    if (this.stopped) return;
    if (this.draining !== null) {
      this.drainAgain = true;
      return;
    }
    clearTimeout(this.timer);
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.drainAgain) this.wake();
    });
  }

  /** Resolves once the current round (if any) has ended; for tests. */
  async idle(): Promise<void> {
    while (this.draining !== null) await this.draining;
  }

  private async drain(): Promise<void> {
    const transport = this.transport;
    if (transport === undefined) return;
    do {
      this.drainAgain = false;
      let due: MailOutboxRecord[];
      try {
        due = await this.outbox.findDue(new Date(), BATCH);
      } catch (error) {
        this.logger.warn(`Cannot read the mail outbox now; retrying: ${String(error)}`);
        this.scheduleAfter(1_000);
        return;
      }
      await this.deliverAll(due, transport);
      if (due.length === BATCH) this.drainAgain = true;
    } while (this.drainAgain && !this.stopped);
    await this.cleanUp();
    await this.scheduleNext();
  }

  private async deliverAll(due: readonly MailOutboxRecord[], transport: Transporter): Promise<void> {
    const queue = [...due];
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next !== undefined && !this.stopped; next = queue.shift()) {
        await this.deliver(next._id, transport);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  }

  private async deliver(key: string, transport: Transporter): Promise<void> {
    let claimed: { record: MailOutboxRecord; until: Date } | null;
    try {
      claimed = await this.unitOfWork.run(`mail:${key}`, () => this.claimIfDue(key));
    } catch (error) {
      this.logger.warn(`Cannot claim mail ${key} now: ${String(error)}`);
      return;
    }
    if (claimed === null) return;
    const { record, until } = claimed;
    try {
      await transport.sendMail(mailMessage(record, this.from));
    } catch (error) {
      const failures = record.failures + 1;
      const delay = retryDelayMs(failures);
      this.logger.warn(
        `Mail ${key} not delivered (attempt ${failures}); retrying in ${Math.round(delay / 1_000)} s: ${String(error)}`,
      );
      // Should this write fail too, the claim runs out and the message is taken again then.
      await this.outbox
        .scheduleRetry(key, failures, new Date(Date.now() + delay), String(error))
        .catch(() => undefined);
      return;
    }
    await this.markSent(key, until);
  }

  /** Inside the unit of work on the key: takes the message for this sender if it is still due. */
  private async claimIfDue(key: string): Promise<{ record: MailOutboxRecord; until: Date } | null> {
    const record = await this.outbox.findByKey(key);
    if (record === null || record.sentAt !== null || record.dueAt.getTime() > Date.now()) {
      return null;
    }
    const until = new Date(Date.now() + CLAIM_MS);
    await this.outbox.claim(key, until);
    return { record, until };
  }

  /**
   * The server has the message: record that at once, and keep trying while the database is away,
   * until shortly before the claim runs out (after that another attempt would send it again).
   */
  private async markSent(key: string, claimedUntil: Date): Promise<void> {
    for (;;) {
      try {
        await this.outbox.markSent(key, new Date());
        return;
      } catch (error) {
        if (Date.now() > claimedUntil.getTime() - 5_000) {
          this.logger.error(
            `Mail ${key} was delivered but cannot be marked sent (${String(error)}); it may be delivered once more.`,
          );
          return;
        }
        await sleep(1_000);
      }
    }
  }

  private async cleanUp(): Promise<void> {
    if (Date.now() - this.lastCleanUp < CLEAN_UP_EVERY_MS) return;
    try {
      await this.outbox.deleteSentBefore(new Date(Date.now() - KEEP_SENT_MS));
      this.lastCleanUp = Date.now();
    } catch (error) {
      this.logger.warn(`Cannot remove old sent mail now: ${String(error)}`);
    }
  }

  private async scheduleNext(): Promise<void> {
    let next: Date | undefined;
    try {
      next = await this.outbox.nextDueAt();
    } catch {
      this.scheduleAfter(1_000);
      return;
    }
    const untilDue = next === undefined ? SWEEP_MS : next.getTime() - Date.now();
    this.scheduleAfter(Math.min(Math.max(untilDue, 0), SWEEP_MS));
  }

  private scheduleAfter(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wake(), delayMs);
    this.timer.unref();
  }
}
