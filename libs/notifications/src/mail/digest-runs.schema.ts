import { Schema } from 'mongoose';

export const DIGEST_RUN_MODEL = 'DigestRun';

/** One day's digest run; `_id` is `digest:<yyyy-mm-dd>`. */
export interface DigestRunRecord {
  _id: string;
  startedAt: Date;
  /** Null while it runs, or when it was cut short: then it runs again (and sends nothing twice). */
  finishedAt: Date | null;
}

export const digestRunSchema = new Schema<DigestRunRecord>(
  {
    _id: { type: String, required: true },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
  },
  { collection: 'mail_digest_runs' },
);
