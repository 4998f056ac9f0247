import type { Params } from 'nestjs-pino';
import pino from 'pino';
import type { AppConfig } from '@app/core';

export type LogDestination = 'stdout' | 'stderr';

export interface LoggerSettings {
  nodeEnv: AppConfig['NODE_ENV'];
  level: AppConfig['LOG_LEVEL'];
  destination: LogDestination;
}

/** What a request log line says of the request (pino-http hands over the standard serialization). */
interface SerializedRequest {
  id: unknown;
  method: string;
  url: string;
  remoteAddress?: string;
  headers: Record<string, string | undefined>;
}

/** Probes and scrapes every few seconds would drown the log. */
const UNLOGGED_PATHS: ReadonlySet<string> = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

function isUnlogged(url: string | undefined): boolean {
  const path = url?.split('?', 1)[0];
  return path !== undefined && UNLOGGED_PATHS.has(path);
}

export function loggerOptions({ nodeEnv, level, destination }: LoggerSettings): Params {
  const fd = destination === 'stdout' ? 1 : 2;
  const options = {
    level,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    // Not every header: the response's security headers alone were a kilobyte per line, and
    // serializing them a measurable part of the CPU of a request under load.
    serializers: {
      req: (req: SerializedRequest) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
        userAgent: req.headers['user-agent'],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req: { url?: string }) => isUnlogged(req.url) },
  };
  if (nodeEnv === 'development') {
    return {
      pinoHttp: {
        ...options,
        transport: { target: 'pino-pretty', options: { singleLine: true, destination: fd } },
      },
    };
  }
  return { pinoHttp: [options, pino.destination({ dest: fd, sync: false })] };
}
