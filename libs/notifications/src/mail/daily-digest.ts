import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { Types } from 'mongoose';
import { UsersService } from '@app/accounts';
import type { NotificationRecord } from '../notifications.schema';
import { NotificationsRepository } from '../notifications.repository';
import { PreferencesService } from '../preferences/preferences.service';
import { DigestRunsRepository } from './digest-runs.repository';
import {
  DIGEST_CLOCK,
  DIGEST_SCHEDULE,
  type DigestClock,
  type DigestSchedule,
  type DueDigest,
  dueDigest,
} from './digest-schedule';
import { NotificationMailer, receivesNotificationMail } from './notification-mailer';

/** How often the scheduler looks whether a digest is due (and not yet finished). */
const CHECK_INTERVAL_MS = 60_000;

export interface DigestReport {
  day: string;
  /** Users who were sent a digest. */
  mailed: number;
  /** Notifications that were in those digests. */
  notifications: number;
}

function byUser(notifications: readonly NotificationRecord[]): Map<string, NotificationRecord[]> {
  const groups = new Map<string, NotificationRecord[]>();
  for (const notification of notifications) {
    const key = notification.userId.toHexString();
    groups.set(key, [...(groups.get(key) ?? []), notification]);
  }
  return groups;
}

/**
 * The daily digest. Every notification is considered by one digest only (`digestDay`), the one
 * due after it was created; mail goes out under `digest:<userId>:<day>`, so a run cut short and
 * run again, or run by two processes at once, mails nobody twice. A run is recorded as finished
 * in `mail_digest_runs`; until it is, the scheduler (at start and every minute) runs it again.
 */
@Injectable()
export class DailyDigest implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DailyDigest.name);
  private timer: NodeJS.Timeout | undefined;
  /** Runs one after the other in this process. */
  private queue: Promise<unknown> = Promise.resolve();
  private finishedDay: string | null = null;

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly runs: DigestRunsRepository,
    private readonly mailer: NotificationMailer,
    private readonly preferences: PreferencesService,
    private readonly users: UsersService,
    @Inject(DIGEST_SCHEDULE) private readonly schedule: DigestSchedule,
    @Inject(DIGEST_CLOCK) private readonly clock: DigestClock,
  ) {}

  onApplicationBootstrap(): void {
    void this.catchUp();
    this.timer = setInterval(() => void this.catchUp(), CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  /** Before the database connection closes (at application shutdown), so a run ends cleanly. */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.queue.catch(() => undefined);
  }

  /** Runs the digest due at `at` (by default the clock's now), finished or not. */
  runDue(at: Date = this.clock.now()): Promise<DigestReport> {
    const due = dueDigest(at, this.schedule);
    const run = this.queue.catch(() => undefined).then(() => this.run(due));
    this.queue = run;
    return run;
  }

  /** Runs the digest due now unless its run is recorded as finished; never rejects. */
  async catchUp(): Promise<void> {
    const due = dueDigest(this.clock.now(), this.schedule);
    try {
      if (this.finishedDay === due.day || (await this.runs.isFinished(due.day))) {
        this.finishedDay = due.day;
        return;
      }
      const report = await this.runDue();
      this.logger.log(
        `Digest of ${report.day}: ${report.mailed} mails, ${report.notifications} notifications`,
      );
    } catch (error) {
      this.logger.warn(`The digest of ${due.day} did not finish; it runs again later: ${String(error)}`);
    }
  }

  private async run(due: DueDigest): Promise<DigestReport> {
    await this.runs.started(due.day, this.clock.now());
    const groups = byUser(await this.notifications.undigested(due.at));
    const userIds = [...groups.keys()].map((id) => new Types.ObjectId(id));
    const [preferences, users] = await Promise.all([
      this.preferences.ofEach(userIds),
      userIds.length === 0 ? [] : this.users.findByIds(userIds),
    ]);
    const usersById = new Map(users.map((user) => [user._id.toHexString(), user]));
    const report: DigestReport = { day: due.day, mailed: 0, notifications: 0 };
    for (const [userId, group] of groups) {
      const user = usersById.get(userId);
      // Notifications stored before mail existed lack `mailedAt`: they are never mailed late.
      const daily = group.filter(
        (notification) =>
          notification.mailedAt === null && preferences.get(userId)?.[notification.type] === 'DAILY',
      );
      const mailed = user !== undefined && receivesNotificationMail(user) && daily.length > 0 ? daily : [];
      if (user !== undefined && mailed.length > 0) {
        await this.mailer.sendDigest(user, mailed, due.day);
        report.mailed += 1;
        report.notifications += mailed.length;
      }
      const rest = group.filter((notification) => !mailed.includes(notification));
      await this.notifications.markDigested(
        mailed.map((notification) => notification._id),
        due.day,
        this.clock.now(),
      );
      await this.notifications.markDigested(
        rest.map((notification) => notification._id),
        due.day,
        null,
      );
    }
    await this.runs.finished(due.day, this.clock.now());
    this.finishedDay = due.day;
    return report;
  }
}
