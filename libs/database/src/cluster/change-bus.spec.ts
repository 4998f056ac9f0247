import type { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@app/core';
import { waitFor } from '../../../../test/support/processes';
import { deleteKeys, redisForTests, runPrefix } from '../../../../test/support/redis';
import { ChangeBus } from './change-bus';
import type { ClusterMembership } from './cluster-membership';
import { DocumentCache } from './document-cache';
import { RedisLink } from './redis-link';

const redisUrl = redisForTests('libs/database/src/cluster/change-bus.spec.ts');
const describeWithRedis = redisUrl === undefined ? describe.skip : describe;

function configOf(values: Partial<AppConfig>): ConfigService<AppConfig, true> {
  return { get: (key: keyof AppConfig) => values[key] } as unknown as ConfigService<AppConfig, true>;
}

/** The one thing of the membership the bus needs: this process's id. */
function membershipOf(instanceId: string): ClusterMembership {
  return { instanceId } as unknown as ClusterMembership;
}

describeWithRedis('ChangeBus', () => {
  const prefix = runPrefix('change-bus-spec');
  const links: RedisLink[] = [];

  async function process(name: string): Promise<ChangeBus> {
    const link = new RedisLink(configOf({ REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix }));
    const bus = new ChangeBus(link, membershipOf(name));
    links.push(link);
    await link.onModuleInit();
    return bus;
  }

  afterAll(async () => {
    for (const link of links) link.onApplicationShutdown();
    await deleteKeys(redisUrl!, prefix);
  });

  it("gives each process the other processes' writes, not its own", async () => {
    const a = await process('a');
    const b = await process('b');
    expect([a.connected, b.connected]).toEqual([true, true]);
    const heardByA: string[] = [];
    const heardByB: string[] = [];
    a.on('cache:users', (id) => heardByA.push(id));
    b.on('cache:users', (id) => heardByB.push(id));
    b.on('cache:proposals', (id) => heardByB.push(`proposal ${id}`));

    a.announce('cache:users', 'u1');
    a.announce('cache:proposals', 'p1');
    b.announce('cache:users', 'u2');

    await waitFor('b hears both of a', () => heardByB.length === 2, 10_000);
    await waitFor('a hears b', () => heardByA.length === 1, 10_000);
    expect(heardByB).toEqual(['u1', 'proposal p1']);
    expect(heardByA).toEqual(['u2']);
  });

  it("empties a peer's cached document when it is written elsewhere", async () => {
    const a = await process('writer');
    const b = await process('reader');
    const cacheOfA = new DocumentCache<string>(
      10,
      () => true,
      (id) => a.announce('cache:probe', id),
    );
    const cacheOfB = new DocumentCache<string>(
      10,
      () => true,
      (id) => b.announce('cache:probe', id),
    );
    b.on('cache:probe', (id) => cacheOfB.invalidate(id));
    expect(await cacheOfB.read('x', () => Promise.resolve('old'))).toBe('old');

    await cacheOfA.write('x', () => Promise.resolve());

    await waitFor('b forgets x', () => cacheOfB.get('x') === undefined, 10_000);
  });

  it('says it is not connected, and sends nothing, without Redis', () => {
    const link = new RedisLink(configOf({ REDIS_URL: undefined, REDIS_KEY_PREFIX: prefix }));
    const bus = new ChangeBus(link, membershipOf('alone'));
    expect([link.configured, bus.connected]).toEqual([false, false]);
    expect(() => bus.announce('cache:users', 'u1')).not.toThrow();
  });
});
