import type { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@app/core';
import type { ChangeBus, ClusterMembership } from '@app/database';
import { PublicReads } from './public-reads';

/** A change bus and cluster membership that the test drives by hand. */
function setUp(maxAgeSeconds: number) {
  const handlers = {
    message: [] as (() => void)[],
    busChange: [] as (() => void)[],
    members: [] as (() => void)[],
  };
  const bus = {
    connected: true,
    on: (_kind: string, handler: () => void) => handlers.message.push(handler),
    onChange: (handler: () => void) => handlers.busChange.push(handler),
    announce: jest.fn(),
  };
  const membership = {
    shared: false,
    peersOnChangeBus: true,
    onChange: (handler: () => void) => handlers.members.push(handler),
  };
  const values: Record<string, unknown> = { PUBLIC_READ_MAX_AGE_SECONDS: maxAgeSeconds, NODE_ENV: 'test' };
  const config = { get: (key: string) => values[key] } as unknown as ConfigService<AppConfig, true>;
  const reads = new PublicReads(
    config,
    bus as unknown as ChangeBus,
    membership as unknown as ClusterMembership,
  );
  const fire = (list: (() => void)[]) => list.forEach((handler) => handler());
  return { reads, bus, membership, handlers, fire };
}

describe('the generation of public reads', () => {
  it('moves on with a write here, one announced by another process, and a change of the bus or peers', () => {
    const { reads, bus, handlers, fire } = setUp(5);
    const seen = [reads.generation];
    reads.changed();
    expect(bus.announce).toHaveBeenCalledWith('public-reads', '*');
    seen.push(reads.generation);
    fire(handlers.message);
    seen.push(reads.generation);
    fire(handlers.busChange);
    seen.push(reads.generation);
    fire(handlers.members);
    seen.push(reads.generation);
    expect(new Set(seen).size).toBe(5);
  });

  it('moves on also when the response cache is off (max-age 0)', () => {
    const { reads } = setUp(0);
    const before = reads.generation;
    reads.changed();
    expect(reads.generation).not.toBe(before);
    expect(reads.cache).toBeNull();
  });

  it('is null while another process may write without this one hearing it', () => {
    const { reads, bus, membership } = setUp(5);
    membership.shared = true;
    bus.connected = false;
    expect(reads.generation).toBeNull();
    bus.connected = true;
    membership.peersOnChangeBus = false;
    expect(reads.generation).toBeNull();
    membership.peersOnChangeBus = true;
    expect(reads.generation).not.toBeNull();
  });
});
