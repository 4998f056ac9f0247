import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '@app/core';

const BEARER = /^Bearer (.+)$/i;

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * Who may scrape /metrics, given the request's Authorization header: with METRICS_TOKEN set, only
 * `Bearer <METRICS_TOKEN>` (compared in constant time, over digests so that the length does not
 * show either); without it, anyone outside production and no one in production.
 */
export function metricsAccess(
  config: Pick<AppConfig, 'NODE_ENV' | 'METRICS_TOKEN'>,
): (authorization: string | undefined) => boolean {
  const token = config.METRICS_TOKEN;
  if (token === undefined) {
    const open = config.NODE_ENV !== 'production';
    return () => open;
  }
  const expected = digest(token);
  return (authorization) => {
    const given = BEARER.exec(authorization ?? '')?.[1];
    return given !== undefined && timingSafeEqual(digest(given), expected);
  };
}
