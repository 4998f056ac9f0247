import { Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { type ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { RedisLink } from '@app/database';

/**
 * The throttling counters: in Redis while it is connected, so that a member's limits count
 * across every API process; in this process's memory without Redis or while it is down, so that
 * a Redis outage loosens the limits (each process counts alone) instead of refusing requests.
 */
@Injectable()
export class SharedThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly memory = new ThrottlerStorageService();
  private readonly shared: ThrottlerStorageRedisService | undefined;

  constructor(private readonly redis: RedisLink) {
    const commands = redis.commands;
    this.shared = commands === undefined ? undefined : new ThrottlerStorageRedisService(commands);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    if (this.shared !== undefined && this.redis.connected) {
      try {
        return await this.shared.increment(
          `${this.redis.keyPrefix}throttle:${key}`,
          ttl,
          limit,
          blockDuration,
          throttlerName,
        );
      } catch {
        // Redis failed this once: count here rather than fail the request.
      }
    }
    return this.memory.increment(key, ttl, limit, blockDuration, throttlerName);
  }

  onApplicationShutdown(): void {
    this.memory.onApplicationShutdown();
  }
}

@Module({ providers: [SharedThrottlerStorage], exports: [SharedThrottlerStorage] })
export class SharedThrottlerStorageModule {}
