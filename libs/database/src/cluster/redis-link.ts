import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis, type RedisOptions } from 'ioredis';
import type { AppConfig } from '@app/core';
import { deserializeMessage, serializeMessage } from './redis-message';

/** How long start-up waits for Redis before it goes on without (and connects later). */
const CONNECT_AT_START_MS = 3_000;
/** The longest pause between two connection attempts. */
const MAX_RECONNECT_DELAY_MS = 5_000;

type Listener = (connected: boolean) => void;

/** Reconnects forever, waiting a little longer after each failed attempt. */
function reconnectDelay(attempts: number): number {
  return Math.min(attempts * 250, MAX_RECONNECT_DELAY_MS);
}

/** host:port of a Redis URL, without the password it may carry. */
function redisAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '6379'}`;
}

/**
 * The connections to the Redis server that API processes share, when REDIS_URL is set: one for
 * commands and publishing, one for subscriptions (a subscribed connection can do nothing else).
 *
 * A Redis problem never fails a request: while the connection is down, `connected` is false,
 * publishing reports that nothing was sent, and every user falls back to what one process can do
 * alone. Each state change is logged once, not each reconnection attempt.
 */
@Injectable()
export class RedisLink implements OnModuleInit, OnApplicationShutdown {
  readonly keyPrefix: string;
  private readonly logger = new Logger(RedisLink.name);
  private readonly url: string | undefined;
  private readonly publisher: Redis | undefined;
  private readonly subscriber: Redis | undefined;
  private readonly pubSub: RedisPubSub | undefined;
  private readonly listeners: Listener[] = [];
  /** Channels (without prefix) this process listens to; subscribed anew on every reconnection. */
  private readonly channels = new Set<string>();
  private subscribed = false;
  private connectedNow = false;
  private lastError: string | undefined;
  private closing = false;

  constructor(config: ConfigService<AppConfig, true>) {
    this.url = config.get('REDIS_URL', { infer: true });
    this.keyPrefix = config.get('REDIS_KEY_PREFIX', { infer: true });
    if (this.url === undefined) return;
    const common: RedisOptions = {
      lazyConnect: true,
      retryStrategy: reconnectDelay,
      connectionName: `kabinet-${process.pid}`,
    };
    // Commands fail at once while disconnected, so that a request never waits for Redis.
    this.publisher = new Redis(this.url, { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.subscriber = new Redis(this.url, { ...common, maxRetriesPerRequest: null });
    this.pubSub = new RedisPubSub({
      publisher: this.publisher,
      subscriber: this.subscriber,
      serializer: serializeMessage,
      deserializer: deserializeMessage,
    });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => {
        this.lastError = error.message;
      });
      client.on('close', () => {
        if (client === this.subscriber) this.subscribed = false;
        this.update();
      });
    }
    this.publisher.on('ready', () => this.update());
    this.subscriber.on('ready', () => void this.confirmSubscriptions());
  }

  /** Whether REDIS_URL is set. */
  get configured(): boolean {
    return this.url !== undefined;
  }

  /** Whether both connections work and every channel of this process is subscribed. */
  get connected(): boolean {
    return this.connectedNow;
  }

  /** The command connection, for the throttling counters; undefined without REDIS_URL. */
  get commands(): Redis | undefined {
    return this.publisher;
  }

  /** Called with the new state each time `connected` changes. */
  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  async onModuleInit(): Promise<void> {
    if (this.publisher === undefined || this.subscriber === undefined) return;
    const ignore = (): undefined => undefined;
    void this.publisher.connect().catch(ignore);
    void this.subscriber.connect().catch(ignore);
    const deadline = Date.now() + CONNECT_AT_START_MS;
    while (!this.connectedNow && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!this.connectedNow) {
      this.logger.warn(
        `Redis at ${redisAddress(this.url ?? '')} does not answer (${this.lastError ?? 'no answer yet'}); ` +
          'this process works alone until it does.',
      );
    }
  }

  onApplicationShutdown(): void {
    this.closing = true;
    this.publisher?.disconnect();
    this.subscriber?.disconnect();
  }

  /**
   * Publishes a message to every process listening on `channel` (this one too). False when it
   * was not sent: no Redis, or not connected.
   */
  async publish(channel: string, payload: unknown): Promise<boolean> {
    if (this.pubSub === undefined || !this.connectedNow) return false;
    try {
      await this.pubSub.publish(this.keyPrefix + channel, payload);
      return true;
    } catch {
      return false;
    }
  }

  /** Calls `onMessage` with every message published on `channel` by any process. */
  listen(channel: string, onMessage: (payload: unknown) => void): void {
    if (this.pubSub === undefined) return;
    this.channels.add(channel);
    this.pubSub.subscribe(this.keyPrefix + channel, onMessage).catch((error: unknown) => {
      this.lastError = String(error);
    });
  }

  /** After a (re)connection: subscribed only once Redis has confirmed every channel. */
  private async confirmSubscriptions(): Promise<void> {
    if (this.subscriber === undefined) return;
    try {
      const names = [...this.channels].map((channel) => this.keyPrefix + channel);
      if (names.length > 0) await this.subscriber.subscribe(...names);
      this.subscribed = this.subscriber.status === 'ready';
    } catch (error) {
      this.lastError = String(error);
    }
    this.update();
  }

  private update(): void {
    const connected =
      !this.closing &&
      this.subscribed &&
      this.publisher?.status === 'ready' &&
      this.subscriber?.status === 'ready';
    if (connected === this.connectedNow) return;
    this.connectedNow = connected;
    const address = redisAddress(this.url ?? '');
    if (connected) {
      this.logger.log(`Connected to Redis at ${address}.`);
    } else if (!this.closing) {
      this.logger.warn(
        `Lost the connection to Redis at ${address} (${this.lastError ?? 'closed'}); this process ` +
          'works alone until it is back.',
      );
    }
    for (const listener of this.listeners) listener(connected);
  }
}
