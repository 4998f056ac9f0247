import type { DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { loadConfig } from './app-config';

/**
 * The validated configuration as a global ConfigService, read when the module starts (not when
 * this file is imported) from `env` only: nothing is read from or written back to process.env
 * afterwards. Used by the API and by the specs that wire library modules on their own.
 */
export function appConfigModule(env: () => Record<string, unknown>): Promise<DynamicModule> {
  return ConfigModule.forRoot({
    isGlobal: true,
    ignoreEnvFile: true,
    ignoreEnvVars: true,
    skipProcessEnv: true,
    load: [() => loadConfig(env())],
  });
}
