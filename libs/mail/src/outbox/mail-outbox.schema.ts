import { Schema } from 'mongoose';

export const MAIL_OUTBOX_MODEL = 'MailOutboxEntry';

/**
 * One message under its idempotency key. Pending while `sentAt` is null; `dueAt` is when the
 * sender may next take it: when it was stored, after a failure the retry time, and while a
 * sender holds it the end of that sender's claim (so a claim a crash left behind expires on its
 * own). Once sent, the bodies are dropped and the key is kept for a while, so a replay of the
 * same key is still recognised.
 */
export interface MailOutboxRecord {
  _id: string;
  to: string;
  subject: string;
  text?: string;
  html?: string;
  unsubscribeUrl?: string;
  createdAt: Date;
  dueAt: Date;
  /** Delivery attempts that failed so far; the retry backoff grows with it. */
  failures: number;
  lastError?: string;
  sentAt: Date | null;
}

export const mailOutboxSchema = new Schema<MailOutboxRecord>(
  {
    _id: { type: String, required: true },
    to: { type: String, required: true },
    subject: { type: String, required: true },
    text: { type: String },
    html: { type: String },
    unsubscribeUrl: { type: String },
    createdAt: { type: Date, required: true },
    dueAt: { type: Date, required: true },
    failures: { type: Number, required: true, default: 0 },
    lastError: { type: String },
    sentAt: { type: Date, default: null },
  },
  { collection: 'mail_outbox', versionKey: false },
);
// The sender's query: pending messages in the order they fall due (MongoDB and PostgreSQL; the
// SQLite backend scans, which the dropped bodies of sent messages keep cheap).
mailOutboxSchema.index({ sentAt: 1, dueAt: 1 });
