import { Schema, type Types } from 'mongoose';

export const FOLLOW_UP_STATUS_MODEL = 'FollowUpStatus';
export const FOLLOW_UP_MODEL = 'FollowUp';
export const FOLLOW_UP_EVENT_MODEL = 'FollowUpEvent';

export const FOLLOW_UP_KINDS = ['OPEN', 'IN_PROGRESS', 'DONE', 'DECLINED'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** Statuses are data: admins add and rename them; each has one of four kinds. */
export interface FollowUpStatusRecord {
  _id: Types.ObjectId;
  key: string;
  name: { nl: string; en: string };
  kind: FollowUpKind;
  color: string;
  position: number;
}

/** The current state of one list item's follow-up: a cache of its latest event. `_id` is the item id. */
export interface FollowUpRecord {
  _id: string;
  listId: Types.ObjectId;
  statusKey: string;
  progress: number;
  nextReviewAt: Date | null;
  /** When the latest event (by `at`) happened. */
  lastUpdatedAt: Date;
}

/** What happened, appended and never changed; a correction is a new event. */
export interface FollowUpEventRecord {
  _id: Types.ObjectId;
  itemId: string;
  listId: Types.ObjectId;
  /** When it happened (may be in the past). */
  at: Date;
  /** When it was recorded. */
  recordedAt: Date;
  actorId: Types.ObjectId;
  fromStatus: string | null;
  toStatus: string;
  progress: number;
  /** Public; empty on the first event, whose text the client makes from `handover`. */
  note: string;
  link: string | null;
  /**
   * The first event's: to whom and in which version the item was handed over. Absent on events
   * recorded before it was stored, whose note says it in English (see `handoverOf`).
   */
  handover?: Handover | null;
}

export interface Handover {
  addressee: string;
  version: number;
}

/** The note the first event had before `handover` was stored. */
const LEGACY_HANDOVER_NOTE = /^Handed over to (.*) \(version (\d+)\)\.$/s;

/** To whom an item was handed over, if this is its first event. */
export function handoverOf(
  event: Pick<FollowUpEventRecord, 'fromStatus' | 'note' | 'handover'>,
): Handover | null {
  if (event.fromStatus !== null) {
    return null;
  }
  if (event.handover) {
    return event.handover;
  }
  const legacy = LEGACY_HANDOVER_NOTE.exec(event.note);
  return legacy ? { addressee: legacy[1] ?? '', version: Number(legacy[2]) } : null;
}

/** The note as a reader sees it: a first event's text is the client's, in the reader's language. */
export function publicNote(event: Pick<FollowUpEventRecord, 'fromStatus' | 'note' | 'handover'>): string {
  return handoverOf(event) === null ? event.note : '';
}

export const DEFAULT_FOLLOW_UP_STATUSES: readonly Omit<FollowUpStatusRecord, '_id'>[] = [
  { key: 'handed-over', name: { nl: 'Overhandigd', en: 'Handed over' }, kind: 'OPEN', color: '#6b7280' },
  { key: 'received', name: { nl: 'Ontvangen', en: 'Received' }, kind: 'OPEN', color: '#3b82f6' },
  {
    key: 'under-consideration',
    name: { nl: 'In overweging', en: 'Under consideration' },
    kind: 'IN_PROGRESS',
    color: '#f59e0b',
  },
  { key: 'in-talks', name: { nl: 'In gesprek', en: 'In talks' }, kind: 'IN_PROGRESS', color: '#f97316' },
  { key: 'adopted', name: { nl: 'Overgenomen', en: 'Adopted' }, kind: 'DONE', color: '#16a34a' },
  {
    key: 'partially-adopted',
    name: { nl: 'Deels overgenomen', en: 'Partially adopted' },
    kind: 'DONE',
    color: '#65a30d',
  },
  { key: 'implemented', name: { nl: 'Uitgevoerd', en: 'Implemented' }, kind: 'DONE', color: '#15803d' },
  { key: 'declined', name: { nl: 'Afgewezen', en: 'Declined' }, kind: 'DECLINED', color: '#dc2626' },
].map((status, position) => ({ ...status, kind: status.kind as FollowUpKind, position }));

/** The status every item of a newly published list starts with. */
export const INITIAL_FOLLOW_UP_STATUS = 'handed-over';

export const followUpStatusSchema = new Schema<FollowUpStatusRecord>(
  {
    key: { type: String, required: true },
    name: { nl: { type: String, required: true }, en: { type: String, required: true } },
    kind: { type: String, enum: FOLLOW_UP_KINDS, required: true },
    color: { type: String, required: true },
    position: { type: Number, required: true },
  },
  { collection: 'follow_up_statuses' },
);
// Seeding, upsertFollowUpStatus and recordFollowUp find statuses by key; one per key.
followUpStatusSchema.index({ key: 1 }, { unique: true });

export const followUpSchema = new Schema<FollowUpRecord>(
  {
    _id: { type: String, required: true },
    listId: { type: Schema.Types.ObjectId, required: true },
    statusKey: { type: String, required: true },
    progress: { type: Number, required: true },
    nextReviewAt: { type: Date, default: null },
    lastUpdatedAt: { type: Date, required: true },
  },
  { collection: 'follow_ups' },
);
// followUpSummary: the follow-ups of one list.
followUpSchema.index({ listId: 1 });

export const followUpEventSchema = new Schema<FollowUpEventRecord>(
  {
    itemId: { type: String, required: true },
    listId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
    recordedAt: { type: Date, required: true },
    actorId: { type: Schema.Types.ObjectId, required: true },
    fromStatus: { type: String, default: null },
    toStatus: { type: String, required: true },
    progress: { type: Number, required: true },
    note: { type: String, default: '' },
    link: { type: String, default: null },
    handover: {
      type: {
        _id: false,
        addressee: { type: String, required: true },
        version: { type: Number, required: true },
      },
      default: null,
    },
  },
  { collection: 'follow_up_events' },
);
// FollowUp.events: the timeline of one item, oldest first.
followUpEventSchema.index({ itemId: 1, at: 1, recordedAt: 1 });
