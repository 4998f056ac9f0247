import { readFileSync } from 'node:fs';
import { findProjectRoot } from '@app/embedded';
import { join } from 'node:path';

export const API_VERSION: string = (
  JSON.parse(readFileSync(join(findProjectRoot(), 'package.json'), 'utf8')) as { version: string }
).version;
