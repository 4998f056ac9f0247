import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types';
import type { EnvOverrides } from '../../apps/api/src/app.module';
import { createApp } from '../../apps/api/src/bootstrap';
import { dropDatabase, embeddedMongoUri } from './medium';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApp {
  app: INestApplication;
  http: App;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export { embeddedMongoUri as e2eMongoUri } from './medium';

/**
 * Starts the real application on the run's embedded server with a fresh database named `dbName`
 * (unique per spec file, so files can run in parallel), or, with `keepData`, a second instance
 * on a database another one uses. Its mail goes to the run's Mailpit (test/support/mailpit.ts)
 * unless `env` names another SMTP_URL.
 */
export async function startTestApp(
  dbName: string,
  env: EnvOverrides = {},
  { keepData = false }: { keepData?: boolean } = {},
): Promise<TestApp> {
  if (!keepData) {
    await dropDatabase(dbName);
  }
  const app = await createApp({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(join(tmpdir(), `kabinet-${dbName}-`)),
    MONGODB_URI: embeddedMongoUri(),
    MONGODB_DB: dbName,
    SMTP_URL: process.env.E2E_SMTP_URL,
    // Off unless a spec asks for it: specs read right after votes, which the cache shows only
    // after its max-age (test/public-read-cache.e2e-spec.ts tests it).
    PUBLIC_READ_MAX_AGE_SECONDS: '0',
    ...env,
  });
  await app.init();
  const http = app.getHttpServer() as App;
  return {
    app,
    http,
    async gql<T>(
      query: string,
      variables?: Record<string, unknown>,
      options: { token?: string } = {},
    ): Promise<GraphQLResponse<T>> {
      const post = request(http).post('/graphql');
      if (options.token !== undefined) {
        void post.set('authorization', `Bearer ${options.token}`);
      }
      const response = await post.send({ query, variables });
      return { status: response.status, ...(response.body as Omit<GraphQLResponse<T>, 'status'>) };
    },
    close: () => app.close(),
  };
}
