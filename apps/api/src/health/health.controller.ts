import { Public } from '@app/accounts';
import { RedisLink } from '@app/database';
import { Controller, Get } from '@nestjs/common';
import {
  HealthCheck,
  type HealthCheckResult,
  HealthCheckService,
  type HealthIndicatorFunction,
  type HealthIndicatorResult,
  HealthIndicatorService,
  MongooseHealthIndicator,
} from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { ShutdownState } from '../shutdown/shutdown-state';

/** Probes: liveness (the process answers) apart from readiness (it can serve requests now). */
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly mongoose: MongooseHealthIndicator,
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
    const checks: HealthIndicatorFunction[] = [
      () => this.accepting(),
      () => this.mongoose.pingCheck('database', { timeout: 1_000 }),
    ];
    if (this.redis.configured) checks.push(() => this.redisState());
    return checks;
  }

  private accepting(): HealthIndicatorResult<'process'> {
    const process = this.indicators.check('process');
    return this.shutdown.shuttingDown ? process.down({ shuttingDown: true }) : process.up();
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
