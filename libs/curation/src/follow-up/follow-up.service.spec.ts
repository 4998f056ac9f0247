import type { TestingModule } from '@nestjs/testing';
import { Role, type User } from '@app/accounts';
import { InvalidInputError, NotFoundError } from '@app/core';
import { createUser, publishList, startMediumModule, submitProposal } from '../../../../test/support/medium';
import { CurationModule } from '../curation.module';
import { INITIAL_FOLLOW_UP_STATUS } from './follow-up.schema';
import { FollowUpService } from './follow-up.service';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('FollowUpService', () => {
  let moduleRef: TestingModule;
  let followUps: FollowUpService;
  let liaison: User;
  let editor: User;
  let author: User;

  async function publishedItem(): Promise<string> {
    const proposal = await submitProposal(moduleRef, author);
    const view = await publishList(
      moduleRef,
      editor,
      [[proposal]],
      `Lijst ${Math.random().toString(36).slice(2)}`,
    );
    return view.content.items[0]!.id;
  }

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-follow-up-service', [CurationModule]);
    followUps = moduleRef.get(FollowUpService);
    [liaison, editor, author] = await Promise.all([
      createUser(moduleRef, [Role.LIAISON]),
      createUser(moduleRef, [Role.EDITOR]),
      createUser(moduleRef),
    ]);
  });

  afterAll(() => moduleRef.close());

  it('starts every published item at the initial status, with its first event', async () => {
    const itemId = await publishedItem();
    const [followUp] = await followUps.findFollowUps([itemId]);
    expect(followUp).toMatchObject({ statusKey: INITIAL_FOLLOW_UP_STATUS, progress: 0 });
    const events = await followUps.eventsOf([itemId]);
    expect(events.map((event) => [event.fromStatus, event.toStatus])).toEqual([
      [null, INITIAL_FOLLOW_UP_STATUS],
    ]);
  });

  it('takes the current status from the latest event by when it happened', async () => {
    const itemId = await publishedItem();
    const now = Date.now();
    await followUps.record(liaison, { itemId, statusKey: 'in-talks', progress: 40, note: 'Overleg gestart' });
    // A meeting of last week, recorded late: it joins the timeline but does not set the status.
    const late = await followUps.record(liaison, {
      itemId,
      statusKey: 'received',
      note: 'Ontvangen tijdens het overleg van vorige week',
      occurredAt: new Date(now - 7 * DAY_MS),
    });
    expect(late).toMatchObject({ statusKey: 'in-talks', progress: 40 });
    const events = await followUps.eventsOf([itemId]);
    expect(events.map((event) => event.toStatus)).toEqual(['received', INITIAL_FOLLOW_UP_STATUS, 'in-talks']);
    const done = await followUps.record(liaison, {
      itemId,
      statusKey: 'adopted',
      progress: 100,
      note: 'Overgenomen',
    });
    expect(done).toMatchObject({ statusKey: 'adopted', progress: 100 });
  });

  it('completes a retried request instead of appending its event twice', async () => {
    const itemId = await publishedItem();
    const input = { itemId, statusKey: 'received', progress: 10, note: 'Ontvangen' };
    await followUps.record(liaison, input);
    await followUps.record(liaison, input);
    expect((await followUps.eventsOf([itemId])).map((event) => event.toStatus)).toEqual([
      INITIAL_FOLLOW_UP_STATUS,
      'received',
    ]);
  });

  it('refuses an unknown status, an unknown item and a date in the future', async () => {
    const itemId = await publishedItem();
    await expect(
      followUps.record(liaison, { itemId, statusKey: 'vergeten', note: 'Fout' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      followUps.record(liaison, { itemId: 'geen-item', statusKey: 'received', note: 'Fout' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      followUps.record(liaison, {
        itemId,
        statusKey: 'received',
        note: 'Morgen',
        occurredAt: new Date(Date.now() + DAY_MS),
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('sums up the items by kind, with reviews that are overdue', async () => {
    const [open, declined, overdue] = [await publishedItem(), await publishedItem(), await publishedItem()];
    await followUps.record(liaison, { itemId: declined, statusKey: 'declined', note: 'Afgewezen' });
    await followUps.record(liaison, {
      itemId: overdue,
      statusKey: 'in-talks',
      note: 'Volgt nog',
      nextReviewAt: new Date(Date.now() - DAY_MS),
    });
    expect(await followUps.summary([open, declined, overdue])).toEqual({
      open: 1,
      inProgress: 1,
      done: 0,
      declined: 1,
      overdueReviews: 1,
    });
  });

  it('adds a status and renames it by key', async () => {
    const input = {
      key: 'on-hold',
      nameNl: 'Gepauzeerd',
      nameEn: 'On hold',
      kind: 'IN_PROGRESS',
      color: '#aabbcc',
    } as const;
    const added = await followUps.upsertStatus(input);
    const renamed = await followUps.upsertStatus({ ...input, nameNl: 'Even stil', kind: 'OPEN' });
    expect(renamed._id.equals(added._id)).toBe(true);
    expect(renamed).toMatchObject({ name: { nl: 'Even stil', en: 'On hold' }, kind: 'OPEN' });
    expect((await followUps.statuses()).at(-1)?.key).toBe('on-hold');
  });
});
