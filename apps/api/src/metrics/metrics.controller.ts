import { Controller, Get, Headers, NotFoundException, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '@app/accounts';
import type { AppConfig } from '@app/core';
import { Metrics, METRICS_CONTENT_TYPE } from '@app/metrics';
import { metricsAccess } from './metrics-access';

/**
 * Prometheus's scrape endpoint. A refused scrape gets the answer of an API path that does not exist
 * (404), so that the endpoint does not show itself in production.
 */
@Public()
@SkipThrottle()
@Controller('metrics')
export class MetricsController {
  private readonly allows: (authorization: string | undefined) => boolean;

  constructor(
    private readonly metrics: Metrics,
    config: ConfigService<AppConfig, true>,
  ) {
    this.allows = metricsAccess({
      NODE_ENV: config.get('NODE_ENV', { infer: true }),
      METRICS_TOKEN: config.get('METRICS_TOKEN', { infer: true }),
    });
  }

  @Get()
  scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    if (!this.allows(authorization)) {
      throw new NotFoundException('Cannot GET /metrics');
    }
    response.setHeader('Content-Type', METRICS_CONTENT_TYPE);
    response.setHeader('Cache-Control', 'no-store');
    return this.metrics.exposition();
  }
}
