import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { startMediumModule } from '../../../../test/support/medium';
import { CurationModule } from '../curation.module';
import type { FollowUpEventRecord } from './follow-up.schema';
import { FollowUpRepository } from './follow-up.repository';

describe('FollowUpRepository', () => {
  let moduleRef: TestingModule;
  let repository: FollowUpRepository;
  const listId = new Types.ObjectId();
  const actorId = new Types.ObjectId();

  function event(
    itemId: string,
    toStatus: string,
    at: Date,
    recordedAt = new Date(),
  ): Omit<FollowUpEventRecord, '_id'> {
    return {
      itemId,
      listId,
      at,
      recordedAt,
      actorId,
      fromStatus: null,
      toStatus,
      progress: 0,
      note: toStatus,
      link: null,
    };
  }

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-follow-up-repository', [CurationModule]);
    repository = moduleRef.get(FollowUpRepository);
  });

  afterAll(() => moduleRef.close());

  it('keeps one status per key and one follow-up per item', async () => {
    const status = {
      key: 'nieuw',
      name: { nl: 'Nieuw', en: 'New' },
      kind: 'OPEN',
      color: '#000000',
      position: 99,
    } as const;
    expect(await repository.insertStatusIfMissing(status)).toBe(true);
    expect(await repository.insertStatusIfMissing({ ...status, color: '#ffffff' })).toBe(false);
    expect((await repository.findStatus('nieuw'))?.color).toBe('#000000');
    const followUp = {
      _id: 'item-1',
      listId,
      statusKey: 'nieuw',
      progress: 0,
      nextReviewAt: null,
      lastUpdatedAt: new Date(),
    };
    expect(await repository.insertFollowUpIfMissing(followUp)).toBe(true);
    expect(await repository.insertFollowUpIfMissing({ ...followUp, progress: 50 })).toBe(false);
    await repository.setCurrent('item-1', {
      statusKey: 'klaar',
      progress: 100,
      nextReviewAt: null,
      lastUpdatedAt: new Date(),
    });
    expect(await repository.findFollowUp('item-1')).toMatchObject({ statusKey: 'klaar', progress: 100 });
    expect((await repository.findFollowUps(['item-1', 'item-9'])).map((each) => each._id)).toEqual([
      'item-1',
    ]);
  });

  it('answers the events of items by when they happened, then by when they were recorded', async () => {
    const day = new Date('2026-03-01T10:00:00Z');
    await repository.appendEvent(event('item-2', 'later', new Date(day.getTime() + 60_000)));
    await repository.appendEvent(event('item-2', 'second', day, new Date('2026-03-02T00:00:00Z')));
    await repository.appendEvent(event('item-2', 'first', day, new Date('2026-03-01T12:00:00Z')));
    await repository.appendEvent(event('item-3', 'other', day));
    expect((await repository.eventsOf(['item-2'])).map((each) => each.toStatus)).toEqual([
      'first',
      'second',
      'later',
    ]);
    expect(await repository.eventsOf(['item-2', 'item-3'])).toHaveLength(4);
  });
});
