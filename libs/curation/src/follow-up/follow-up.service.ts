import { UnitOfWork } from '@app/database';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { User } from '@app/accounts';
import {
  bodyText,
  InvalidInputError,
  NotFoundError,
  orderByKeys,
  parseInput,
  reasonOf,
  RequestLoader,
  slugText,
} from '@app/core';
import { DomainEvents } from '@app/events';
import type { ListVersionRecord } from '../lists/curated-list.schema';
import { CuratedListsRepository } from '../lists/curated-lists.repository';
import {
  DEFAULT_FOLLOW_UP_STATUSES,
  FOLLOW_UP_KINDS,
  type FollowUpEventRecord,
  type FollowUpKind,
  type FollowUpRecord,
  type FollowUpStatusRecord,
  INITIAL_FOLLOW_UP_STATUS,
} from './follow-up.schema';
import { FollowUpRepository } from './follow-up.repository';

/** How long after an event the same request again counts as a retry of it, not a new fact. */
const RETRY_WINDOW_MS = 10 * 60_000;

/** Clocks differ a little between a liaison's laptop and the server. */
const CLOCK_SKEW_MS = 60_000;

const recordSchema = z.object({
  itemId: z.string().min(1),
  statusKey: z.string().trim().min(1),
  progress: z
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0 to 100')
    .max(100, 'must be 0 to 100')
    .nullish(),
  note: z
    .string()
    .trim()
    .pipe(bodyText({ min: 1, max: 5_000 })),
  link: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(1_000)
    .nullish(),
  occurredAt: z
    .date()
    .refine((at) => at.getTime() <= Date.now() + CLOCK_SKEW_MS, {
      message: 'cannot be in the future',
      params: reasonOf('IN_THE_FUTURE'),
    })
    .nullish(),
  nextReviewAt: z.date().nullish(),
});

export type RecordFollowUpData = z.input<typeof recordSchema>;

const statusInputSchema = z.object({
  key: slugText(60),
  nameNl: z.string().trim().min(2).max(80),
  nameEn: z.string().trim().min(2).max(80),
  kind: z.enum(FOLLOW_UP_KINDS),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #16a34a'),
});

export type FollowUpStatusInput = z.input<typeof statusInputSchema>;

export interface FollowUpSummary {
  open: number;
  inProgress: number;
  done: number;
  declined: number;
  overdueReviews: number;
}

/** Events in the order they happened; those of one moment in the order they were recorded. */
function happenedBefore(a: FollowUpEventRecord, b: FollowUpEventRecord): boolean {
  return (
    a.at.getTime() - b.at.getTime() < 0 || (a.at.getTime() === b.at.getTime() && a.recordedAt < b.recordedAt)
  );
}

/**
 * The event a retry of the same request appended before failing (the item's last recorded, by the
 * same liaison, with the same content, moments ago): it is completed, not appended twice.
 */
function retryOf(
  events: readonly FollowUpEventRecord[],
  actor: User,
  data: z.output<typeof recordSchema> & { progress: number },
): FollowUpEventRecord | null {
  const newest = [...events].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime()).at(-1);
  const same =
    newest !== undefined &&
    newest.actorId.equals(actor._id) &&
    Date.now() - newest.recordedAt.getTime() < RETRY_WINDOW_MS &&
    newest.toStatus === data.statusKey &&
    newest.progress === data.progress &&
    newest.note === data.note &&
    newest.link === (data.link ?? null) &&
    (data.occurredAt == null || newest.at.getTime() === data.occurredAt.getTime());
  return same ? newest : null;
}

@Injectable()
export class FollowUpService implements OnModuleInit {
  readonly followUpLoader = new RequestLoader<string, FollowUpRecord | null>(async (itemIds) =>
    orderByKeys(itemIds, await this.repository.findFollowUps(itemIds), (followUp) => followUp._id),
  );

  readonly eventsLoader = new RequestLoader<string, FollowUpEventRecord[]>(async (itemIds) => {
    const events = await this.repository.eventsOf(itemIds);
    return itemIds.map((itemId) => events.filter((event) => event.itemId === itemId));
  });

  readonly statusLoader = new RequestLoader<string, FollowUpStatusRecord | null>(async (keys) =>
    orderByKeys(keys, await this.repository.allStatuses(), (status) => status.key),
  );

  constructor(
    private readonly repository: FollowUpRepository,
    private readonly lists: CuratedListsRepository,
    private readonly events: DomainEvents,
    /** Events of one item are appended and its current state updated one at a time. */
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.repository.init();
    for (const status of DEFAULT_FOLLOW_UP_STATUSES) {
      await this.repository.insertStatusIfMissing(status);
    }
  }

  statuses(): Promise<FollowUpStatusRecord[]> {
    return this.repository.allStatuses();
  }

  async upsertStatus(input: FollowUpStatusInput): Promise<FollowUpStatusRecord> {
    const { key, nameNl, nameEn, kind, color } = parseInput(statusInputSchema, input, 'input');
    return this.repository.upsertStatus(key, { name: { nl: nameNl, en: nameEn }, kind, color });
  }

  /**
   * Gives every item of a just-published version a follow-up, unless it has one from an earlier
   * version. The first event comes before the follow-up it starts, so a run cut short in between
   * is finished by the next one instead of leaving a follow-up without its first event.
   */
  async startFollowUps(version: ListVersionRecord, addressee: string): Promise<void> {
    for (const item of version.items) {
      if ((await this.repository.findFollowUp(item.id)) !== null) {
        continue;
      }
      const started = (await this.repository.eventsOf([item.id])).some((event) => event.fromStatus === null);
      if (!started) {
        await this.repository.appendEvent({
          itemId: item.id,
          listId: version.listId,
          at: version.publishedAt,
          recordedAt: version.publishedAt,
          actorId: version.publishedBy,
          fromStatus: null,
          toStatus: INITIAL_FOLLOW_UP_STATUS,
          progress: 0,
          note: '',
          link: null,
          handover: { addressee, version: version.version },
        });
      }
      await this.repository.insertFollowUpIfMissing({
        _id: item.id,
        listId: version.listId,
        statusKey: INITIAL_FOLLOW_UP_STATUS,
        progress: 0,
        nextReviewAt: null,
        lastUpdatedAt: version.publishedAt,
      });
    }
  }

  /**
   * Appends an event. The current status is that of the latest event by the time it happened:
   * an event dated before the latest one (a meeting recorded late) joins the timeline without
   * changing the current state.
   */
  async record(actor: User, input: RecordFollowUpData): Promise<FollowUpRecord> {
    const data = parseInput(recordSchema, input, 'input');
    const status = await this.repository.findStatus(data.statusKey);
    if (status === null) {
      throw new InvalidInputError('input.statusKey: no such follow-up status', 'input.statusKey');
    }
    const at = data.occurredAt ?? new Date();
    return this.unitOfWork.run(`list-item:${data.itemId}`, async () => {
      const current = await this.repository.findFollowUp(data.itemId);
      if (current === null) {
        throw new NotFoundError('Published list item', data.itemId);
      }
      const events = await this.repository.eventsOf([current._id]);
      const progress = data.progress ?? current.progress;
      const event =
        retryOf(events, actor, { ...data, statusKey: status.key, progress }) ??
        (await this.repository.appendEvent({
          itemId: current._id,
          listId: current.listId,
          at,
          recordedAt: new Date(),
          actorId: actor._id,
          fromStatus: current.statusKey,
          toStatus: status.key,
          progress,
          note: data.note,
          link: data.link ?? null,
        }));
      // The current state is the latest event's, whatever a request that failed before left behind.
      const latest = [...events.filter((other) => !other._id.equals(event._id)), event].reduce((a, b) =>
        happenedBefore(b, a) ? a : b,
      );
      await this.repository.setCurrent(current._id, {
        statusKey: latest.toStatus,
        progress: latest.progress,
        nextReviewAt: data.nextReviewAt === undefined ? current.nextReviewAt : data.nextReviewAt,
        lastUpdatedAt: latest.at,
      });
      const updated = await this.repository.findFollowUp(current._id);
      if (updated === null) {
        throw new NotFoundError('Published list item', data.itemId);
      }
      await this.announce(actor, updated, status, event);
      return updated;
    });
  }

  findFollowUps(itemIds: readonly string[]): Promise<FollowUpRecord[]> {
    return this.repository.findFollowUps(itemIds);
  }

  eventsOf(itemIds: readonly string[]): Promise<FollowUpEventRecord[]> {
    return this.repository.eventsOf(itemIds);
  }

  /** Lets the followers of the list and of the item's suggestions know. */
  private async announce(
    actor: User,
    followUp: FollowUpRecord,
    status: FollowUpStatusRecord,
    event: FollowUpEventRecord,
  ): Promise<void> {
    const list = await this.lists.findById(followUp.listId);
    const version = list === null ? null : await this.lists.findVersion(list._id, list.latestVersion);
    const item = version?.items.find((candidate) => candidate.id === followUp._id);
    if (list === null || item === undefined) {
      return;
    }
    await this.events.publish(
      {
        type: 'FOLLOW_UP_RECORDED',
        listId: list._id.toHexString(),
        slug: list.slug,
        itemId: item.id,
        itemTitle: item.title,
        statusKey: status.key,
        statusNl: status.name.nl,
        statusEn: status.name.en,
        proposalIds: item.proposalIds.map((id) => id.toHexString()),
        actorId: actor._id.toHexString(),
      },
      `follow-up-recorded:${event._id.toHexString()}`,
    );
  }

  async summary(itemIds: readonly string[]): Promise<FollowUpSummary> {
    const [followUps, statuses] = await Promise.all([
      this.repository.findFollowUps(itemIds),
      this.repository.allStatuses(),
    ]);
    const kindOf = new Map(statuses.map((status) => [status.key, status.kind]));
    const summary: FollowUpSummary = { open: 0, inProgress: 0, done: 0, declined: 0, overdueReviews: 0 };
    const counters: Record<FollowUpKind, keyof FollowUpSummary> = {
      OPEN: 'open',
      IN_PROGRESS: 'inProgress',
      DONE: 'done',
      DECLINED: 'declined',
    };
    const now = Date.now();
    for (const followUp of followUps) {
      const kind = kindOf.get(followUp.statusKey) ?? 'OPEN';
      summary[counters[kind]] += 1;
      const settled = kind === 'DONE' || kind === 'DECLINED';
      if (!settled && followUp.nextReviewAt !== null && followUp.nextReviewAt.getTime() < now) {
        summary.overdueReviews += 1;
      }
    }
    return summary;
  }
}
