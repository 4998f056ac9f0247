import type { Params } from 'nestjs-pino';
import pino from 'pino';
import type { AppConfig } from '@app/core';

export type LogDestination = 'stdout' | 'stderr';

export interface LoggerSettings {
  nodeEnv: AppConfig['NODE_ENV'];
  level: AppConfig['LOG_LEVEL'];
  destination: LogDestination;
}

export function loggerOptions({ nodeEnv, level, destination }: LoggerSettings): Params {
  const fd = destination === 'stdout' ? 1 : 2;
  const options = {
    level,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    // Health probes every few seconds would drown the log.
    autoLogging: { ignore: (req: { url?: string }) => req.url === '/health' },
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
