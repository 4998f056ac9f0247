import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { INSTANCE_MODEL, type InstanceRecord } from './cluster.schema';
import { RedisLink } from './redis-link';

export const HEARTBEAT_MS = 1_000;
/** A peer whose heartbeat has not moved for this long, while ours worked, has stopped. */
export const PEER_SILENCE_MS = 5_000;
/** Records of peers gone this long are removed. */
const FORGET_AFTER_MS = 60_000;

type Listener = () => void;

/**
 * Knows whether other API (or CLI) processes use this database. Alone, a process keeps its
 * locks and its ranking index in memory; with peers it takes locks in the database and reads
 * rankings from it, because FerretDB v1 updates are read-modify-write without a lock and
 * nothing tells one process what another wrote.
 */
@Injectable()
export class ClusterMembership implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly instanceId = randomUUID();
  private readonly logger = new Logger(ClusterMembership.name);
  private readonly listeners: Listener[] = [];
  /** Per peer: its last heartbeat value and since when (our clock, our working heartbeats) it has not moved. */
  private readonly peers = new Map<string, { seenAt: number; stillSince: number; onChangeBus: boolean }>();
  private timer: NodeJS.Timeout | undefined;
  private sharedNow = false;
  private peersOnChangeBusNow = true;
  private beating: Promise<void> | null = null;

  constructor(
    @InjectModel(INSTANCE_MODEL) private readonly instances: Model<InstanceRecord>,
    private readonly redis: RedisLink,
  ) {}

  /** True while another live process uses this database. */
  get shared(): boolean {
    return this.sharedNow;
  }

  /** True while every live peer is connected to the change bus (true without peers). */
  get peersOnChangeBus(): boolean {
    return this.peersOnChangeBusNow;
  }

  /** Called when `shared` or `peersOnChangeBus` changes. */
  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  async onApplicationBootstrap(): Promise<void> {
    const now = new Date();
    await this.instances.create({
      _id: this.instanceId,
      pid: process.pid,
      host: hostname(),
      startedAt: now,
      seenAt: now,
      onChangeBus: this.redis.connected,
    });
    await this.observePeers();
    if (this.sharedNow) {
      // Give running peers two heartbeats to notice this process before it writes anything.
      await sleep(2 * HEARTBEAT_MS + 200);
    }
    this.timer = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.timer.unref();
  }

  /** Before the database connection closes (and an embedded server this process owns stops). */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.beating;
    await this.instances
      .deleteOne({ _id: this.instanceId })
      .exec()
      .catch(() => undefined);
  }

  private beat(): Promise<void> {
    this.beating ??= this.beatOnce().finally(() => {
      this.beating = null;
    });
    return this.beating;
  }

  private async beatOnce(): Promise<void> {
    try {
      await this.instances
        .updateOne(
          { _id: this.instanceId },
          { $set: { seenAt: new Date(), onChangeBus: this.redis.connected } },
        )
        .exec();
      await this.observePeers();
    } catch (error) {
      // Without a working heartbeat nothing is known about silence: start counting anew.
      for (const peer of this.peers.values()) peer.stillSince = Number.POSITIVE_INFINITY;
      this.logger.warn(`Cluster heartbeat failed: ${String(error)}`);
    }
  }

  private async observePeers(): Promise<void> {
    const now = Date.now();
    const records = await this.instances.find().lean<InstanceRecord[]>().exec();
    const present = new Set<string>();
    for (const record of records) {
      if (record._id === this.instanceId) continue;
      const seenAt = record.seenAt.getTime();
      present.add(record._id);
      const known = this.peers.get(record._id);
      const onChangeBus = record.onChangeBus === true;
      if (known === undefined) {
        // A record whose heartbeat is far behind the clock is a crashed process, unless it moves.
        this.peers.set(record._id, {
          seenAt,
          stillSince: now - seenAt > PEER_SILENCE_MS ? 0 : now,
          onChangeBus,
        });
      } else if (known.seenAt !== seenAt) {
        this.peers.set(record._id, { seenAt, stillSince: now, onChangeBus });
      } else if (known.stillSince === Number.POSITIVE_INFINITY) {
        known.stillSince = now;
      }
      if (now - seenAt > FORGET_AFTER_MS) {
        await this.instances.deleteOne({ _id: record._id }).exec();
      }
    }
    for (const id of this.peers.keys()) {
      if (!present.has(id)) this.peers.delete(id);
    }
    const live = [...this.peers.values()].filter((peer) => now - peer.stillSince < PEER_SILENCE_MS);
    const shared = live.length > 0;
    const peersOnChangeBus = live.every((peer) => peer.onChangeBus);
    if (shared === this.sharedNow && peersOnChangeBus === this.peersOnChangeBusNow) return;
    if (shared !== this.sharedNow) {
      this.logger.log(
        shared
          ? 'Another process uses this database: locks now go through the database.'
          : 'This process is alone on the database again: locks in memory.',
      );
    }
    this.sharedNow = shared;
    this.peersOnChangeBusNow = peersOnChangeBus;
    for (const listener of this.listeners) listener();
  }
}
