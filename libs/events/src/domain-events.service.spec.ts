import type { TestingModule } from '@nestjs/testing';
import { startMediumModule } from '../../../test/support/medium';
import type { DeliveredEvent } from './domain-event';
import { DomainEvents } from './domain-events.service';

describe('DomainEvents', () => {
  let moduleRef: TestingModule;
  let events: DomainEvents;
  const delivered: DeliveredEvent[] = [];
  let failing = false;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-domain-events', []);
    events = moduleRef.get(DomainEvents);
    events.subscribe((event) => {
      if (failing) return Promise.reject(new Error('handler down'));
      delivered.push(event);
      return Promise.resolve();
    });
  });

  beforeEach(() => {
    delivered.length = 0;
    failing = false;
  });

  afterAll(() => moduleRef.close());

  it('delivers a stored event to the handlers with its outbox id', async () => {
    await events.publish({ type: 'PROPOSAL_SUBMITTED', proposalId: 'p1', authorId: 'u1' });
    await events.drain();
    expect(delivered).toHaveLength(1);
    const [event] = delivered;
    expect(event).toMatchObject({ type: 'PROPOSAL_SUBMITTED', proposalId: 'p1', authorId: 'u1' });
    expect(event!.eventId).toMatch(/^[0-9a-f]{24}$/);
  });

  it('keeps an event whose handler failed, and delivers it on the next drain', async () => {
    failing = true;
    await events.publish({ type: 'VOTE_CAST', proposalId: 'p2', userId: 'u2' });
    await events.drain();
    expect(delivered).toEqual([]);
    failing = false;
    await events.drain();
    expect(delivered.map((event) => event.type)).toEqual(['VOTE_CAST']);
  });

  it('gives a fact published twice under one key one event id', async () => {
    const event = { type: 'PROPOSAL_HIDDEN', proposalId: 'p3', title: 'Titel', actorId: null } as const;
    await events.publish(event, 'hidden:p3');
    await events.publish(event, 'hidden:p3');
    await events.drain();
    await events.publish(event, 'hidden:p3');
    await events.drain();
    // Delivery is at least once (a publish and a drain may both deliver a stored event on a busy
    // machine); what holds is that every delivery of the fact carries the one event id.
    expect(delivered.length).toBeGreaterThanOrEqual(2);
    expect(new Set(delivered.map((delivery) => delivery.eventId)).size).toBe(1);
  });

  it('runs the handlers before deliverNow returns, and passes their failure on', async () => {
    await events.deliverNow({ type: 'VOTE_CAST', proposalId: 'p4', userId: 'u4' });
    expect(delivered.map((event) => event.type)).toEqual(['VOTE_CAST']);
    failing = true;
    await expect(events.deliverNow({ type: 'VOTE_CAST', proposalId: 'p4', userId: 'u4' })).rejects.toThrow(
      'handler down',
    );
  });
});
