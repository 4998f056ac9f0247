import { Injectable } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { RedisLink } from '@app/database';

/** Channels of live updates on Redis are named `<prefix>live:<topic>`. */
const CHANNEL_PREFIX = 'live:';

/**
 * Publish/subscribe for GraphQL subscriptions. Subscribers always listen to an in-process
 * PubSub. With Redis connected, a publication goes through Redis and each process (this one
 * too) passes what it hears on to its own subscribers, so that a subscriber hears what any
 * process did; without Redis, or while it is down, publications stay in this process.
 */
@Injectable()
export class LiveUpdates {
  private readonly local = new PubSub();
  private readonly relayed = new Set<string>();

  constructor(private readonly redis: RedisLink) {}

  async publish(topic: string, payload: unknown): Promise<void> {
    if (await this.redis.publish(CHANNEL_PREFIX + topic, payload)) return;
    await this.local.publish(topic, payload);
  }

  asyncIterableIterator<T>(topic: string): AsyncIterableIterator<T> {
    if (this.redis.configured && !this.relayed.has(topic)) {
      this.relayed.add(topic);
      this.redis.listen(CHANNEL_PREFIX + topic, (payload) => void this.local.publish(topic, payload));
    }
    return this.local.asyncIterableIterator<T>(topic);
  }
}
