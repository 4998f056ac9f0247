import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How `npm start` runs the API: the Node options and environment in package.json's `config`
 * (a heap budget, and a fixed malloc mmap threshold so that the 19 MiB of each argon2 hash goes
 * back to the system). The tests and the bench start the API the same way.
 */
export interface ApiLaunch {
  nodeOptions: string[];
  environment: Record<string, string>;
}

export function apiLaunch(root: string): ApiLaunch {
  const { config } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    config: { apiNodeOptions: string; apiEnvironment: string };
  };
  const words = (text: string): string[] => text.split(' ').filter(Boolean);
  return {
    nodeOptions: words(config.apiNodeOptions),
    environment: Object.fromEntries(
      words(config.apiEnvironment).map((pair) => [
        pair.slice(0, pair.indexOf('=')),
        pair.slice(pair.indexOf('=') + 1),
      ]),
    ),
  };
}
