import type { Options } from 'pino-http';
import { loggerOptions } from './logger-options';

describe('loggerOptions', () => {
  it('logs no health probes and no metrics scrapes, and every other request', () => {
    const { pinoHttp } = loggerOptions({ nodeEnv: 'production', level: 'info', destination: 'stdout' });
    const [options] = pinoHttp as [Options];
    const autoLogging = options.autoLogging as { ignore: (req: { url?: string }) => boolean };
    for (const url of ['/health', '/health/live', '/health/ready', '/metrics', '/metrics?x=1']) {
      expect(autoLogging.ignore({ url })).toBe(true);
    }
    for (const url of ['/graphql', '/healthz', '/metrics/x', '/', undefined]) {
      expect(autoLogging.ignore({ url })).toBe(false);
    }
  });
});
