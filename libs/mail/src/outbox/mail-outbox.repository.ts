import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model, trusted } from 'mongoose';
import { unlessDuplicate } from '@app/core';
import type { OutgoingMail } from '../outgoing-mail';
import { MAIL_OUTBOX_MODEL, type MailOutboxRecord } from './mail-outbox.schema';

/** The only reader and writer of `mail_outbox`. */
@Injectable()
export class MailOutboxRepository {
  constructor(@InjectModel(MAIL_OUTBOX_MODEL) private readonly outbox: Model<MailOutboxRecord>) {}

  /** Stores the message under its key; false when the key was already stored (nothing changes). */
  async insert(mail: OutgoingMail, now: Date): Promise<boolean> {
    const record: MailOutboxRecord = {
      _id: mail.key,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      ...(mail.unsubscribeUrl === undefined ? {} : { unsubscribeUrl: mail.unsubscribeUrl }),
      createdAt: now,
      dueAt: now,
      failures: 0,
      sentAt: null,
    };
    return (await unlessDuplicate(this.outbox.create(record))) !== null;
  }

  findByKey(key: string): Promise<MailOutboxRecord | null> {
    return this.outbox.findById(key).lean<MailOutboxRecord>().exec();
  }

  /** Pending messages due at `now`, the longest waiting first. */
  findDue(now: Date, limit: number): Promise<MailOutboxRecord[]> {
    return this.outbox
      .find({ sentAt: null, dueAt: trusted({ $lte: now }) })
      .sort({ dueAt: 1, _id: 1 })
      .limit(limit)
      .lean<MailOutboxRecord[]>()
      .exec();
  }

  /** When the next pending message falls due, if any is pending. */
  async nextDueAt(): Promise<Date | undefined> {
    const [next] = await this.outbox
      .find({ sentAt: null }, { dueAt: 1 })
      .sort({ dueAt: 1 })
      .limit(1)
      .lean<Pick<MailOutboxRecord, 'dueAt'>[]>()
      .exec();
    return next?.dueAt;
  }

  countPending(): Promise<number> {
    return this.outbox.countDocuments({ sentAt: null }).exec();
  }

  /** Holds a pending message for one sender until `until` (its claim); see MailSender. */
  async claim(key: string, until: Date): Promise<void> {
    await this.outbox.updateOne({ _id: key }, { $set: { dueAt: until } }).exec();
  }

  /** Drops the bodies: the key alone is what keeps a replay out. */
  async markSent(key: string, at: Date): Promise<void> {
    await this.outbox
      .updateOne({ _id: key }, { $set: { sentAt: at }, $unset: { text: 1, html: 1, lastError: 1 } })
      .exec();
  }

  async scheduleRetry(key: string, failures: number, dueAt: Date, error: string): Promise<void> {
    await this.outbox
      .updateOne({ _id: key }, { $set: { failures, dueAt, lastError: error.slice(0, 1_000) } })
      .exec();
  }

  /** Removes sent messages older than `cutoff`; answers how many. */
  async deleteSentBefore(cutoff: Date): Promise<number> {
    const { deletedCount } = await this.outbox
      .deleteMany({ sentAt: trusted({ $ne: null, $lt: cutoff }) })
      .exec();
    return deletedCount;
  }
}
