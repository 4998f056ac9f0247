import { Public } from '@app/accounts';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseReachability, RedisLink } from '@app/database';
import { Controller, Get } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import {
  HealthCheck,
  type HealthCheckResult,
  HealthCheckService,
  type HealthIndicatorFunction,
  type HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import type { Connection } from 'mongoose';
import { ShutdownState } from '../shutdown/shutdown-state';

/** How long readiness waits for the database's answer to a ping. */
const DATABASE_PING_TIMEOUT_MS = 1_000;

/** Probes: liveness (the process answers) apart from readiness (it can serve requests now). */
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @InjectConnection() private readonly connection: Connection,
    private readonly database: DatabaseReachability,
    private readonly shutdown: ShutdownState,
    private readonly redis: RedisLink,
  ) {}

  /** 200 while the process answers; touches nothing else, so a database outage never restarts it. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The same as /health/ready. */
  @Get()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.ready();
  }

  /** 200 when every readiness check passes, 503 with the failing ones otherwise. */
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check(this.readinessChecks());
  }

  /**
   * What must hold before this process takes requests. With REDIS_URL, Redis is in the details:
   * while it is down the API keeps serving on the database path, so it is reported as degraded
   * and readiness still answers 200.
   */
  private readinessChecks(): HealthIndicatorFunction[] {
    const checks: HealthIndicatorFunction[] = [() => this.accepting(), () => this.databaseState()];
    if (this.redis.configured) checks.push(() => this.redisState());
    return checks;
  }

  private accepting(): HealthIndicatorResult<'process'> {
    const process = this.indicators.check('process');
    return this.shutdown.shuttingDown ? process.down({ shuttingDown: true }) : process.up();
  }

  /**
   * Down while the driver's heartbeat fails, or when a ping is not answered within the timeout
   * (a server that just went away, before the next heartbeat notices). Not terminus's
   * MongooseHealthIndicator: it reads mongoose's readyState, which says "disconnected" on a
   * healthy database whenever a loaded machine delays two heartbeats (see DatabaseReachability).
   */
  private async databaseState(): Promise<HealthIndicatorResult<'database'>> {
    const database = this.indicators.check('database');
    if (!this.database.reachable) {
      return database.down({ message: 'The database does not answer the heartbeat.' });
    }
    const timeout = new AbortController();
    try {
      const answered = await Promise.race([
        this.connection.db?.command({ ping: 1 }).then(() => true) ?? Promise.resolve(false),
        sleep(DATABASE_PING_TIMEOUT_MS, false, { signal: timeout.signal }),
      ]);
      return answered
        ? database.up()
        : database.down({ message: 'The database did not answer a ping in time.' });
    } catch {
      return database.down({ message: 'The database did not answer a ping.' });
    } finally {
      timeout.abort();
    }
  }

  private redisState(): HealthIndicatorResult<'redis'> {
    const redis = this.indicators.check('redis');
    return this.redis.connected
      ? redis.up({ connected: true })
      : redis.degraded({
          connected: false,
          message: 'Redis is unreachable: this process works alone (database path) until it is back.',
        });
  }
}
