import { Schema, type Types } from 'mongoose';
import type { DomainEvent } from './domain-event';

export const OUTBOX_MODEL = 'OutboxEntry';

/** An event waiting for its handlers: written in the request, deleted once every handler ran. */
export interface OutboxRecord {
  _id: Types.ObjectId;
  event: DomainEvent;
  createdAt: Date;
}

export const outboxSchema = new Schema<OutboxRecord>(
  {
    event: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'event_outbox' },
);
// Draining takes the oldest entries first.
outboxSchema.index({ createdAt: 1 });
