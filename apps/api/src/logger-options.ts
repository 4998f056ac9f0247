import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@app/core';

export function loggerOptions(nodeEnv: AppConfig['NODE_ENV'], level: AppConfig['LOG_LEVEL']): Params {
  return {
    pinoHttp: {
      level,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      // Health probes every few seconds would drown the log.
      autoLogging: { ignore: (req) => req.url === '/health' },
      transport:
        nodeEnv === 'development' ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
    },
  };
}
