import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsoleLogger, type ModuleMetadata } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { createConnection } from 'mongoose';
import { type Role, type User, UsersService } from '@app/accounts';
import { appConfigModule } from '@app/core';
import { CuratedListsService, type ListView } from '@app/curation';
import { ClusterModule, DatabaseModule } from '@app/database';
import { EventsModule } from '@app/events';
import { type ProposalRecord, ProposalsService, ThemesService } from '@app/proposals';

export const TEST_PASSWORD = 'Vernieuwing-Test-2026!';

/** The run's embedded server, started by test/support/global-setup.ts (unit and e2e runs alike). */
export function embeddedMongoUri(): string {
  const uri = process.env.E2E_MONGODB_URI;
  if (!uri) {
    throw new Error(
      'E2E_MONGODB_URI is not set: run specs through jest.config.js or test/jest-e2e.config.js',
    );
  }
  return uri;
}

/** Drops `dbName` on the run's server, so a spec file starts from nothing. */
export async function dropDatabase(dbName: string): Promise<void> {
  const connection = await createConnection(embeddedMongoUri(), { dbName }).asPromise();
  await connection.dropDatabase();
  await connection.close();
}

/**
 * A "medium" test module: the real module(s) under test on the real database (a fresh database
 * `dbName` on the run's embedded server), with configuration, the database connection, cluster
 * coordination and domain events wired as the API wires them, but no GraphQL or HTTP. Its
 * lifecycle hooks have run (indexes, seeded themes and statuses); close it in `afterAll`. Mail goes
 * to the run's Mailpit (test/support/mailpit.ts); `env` adds to or replaces the configuration.
 * `restart` keeps the database as it is (a process started again on it; pass its DATA_DIR in `env`).
 */
export async function startMediumModule(
  dbName: string,
  imports: NonNullable<ModuleMetadata['imports']>,
  env: Record<string, string | undefined> = {},
  { restart = false }: { restart?: boolean } = {},
): Promise<TestingModule> {
  if (!restart) await dropDatabase(dbName);
  const dataDir = mkdtempSync(join(tmpdir(), `kabinet-${dbName}-`));
  const moduleRef = await Test.createTestingModule({
    imports: [
      appConfigModule(() => ({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATA_DIR: dataDir,
        MONGODB_URI: embeddedMongoUri(),
        MONGODB_DB: dbName,
        SMTP_URL: process.env.E2E_SMTP_URL,
        ...env,
      })),
      DatabaseModule,
      ClusterModule,
      EventsModule,
      ...imports,
    ],
  })
    .setLogger(new ConsoleLogger('Test', { logLevels: ['error', 'warn'] }))
    .compile();
  await moduleRef.init();
  return moduleRef;
}

/** A new user with a unique email address, stored through UsersService. */
export function createUser(
  moduleRef: TestingModule,
  roles: Role[] = [],
  displayName = 'Test user',
): Promise<User> {
  return moduleRef
    .get(UsersService)
    .create({ email: `${randomUUID()}@example.nl`, password: TEST_PASSWORD, displayName }, roles);
}

/** A published suggestion by `author` in the first theme, through ProposalsService. */
export async function submitProposal(
  moduleRef: TestingModule,
  author: User,
  title = 'Minder regels voor ondernemers',
): Promise<ProposalRecord> {
  const [theme] = await moduleRef.get(ThemesService).all();
  return moduleRef.get(ProposalsService).submit(author, {
    title,
    body: `${title}: een uitgewerkt voorstel van een ondernemer voor de overheid.`,
    themeId: theme!._id.toHexString(),
    language: 'nl',
  });
}

/** A list with one item per group of suggestions, created and published by `editor`. */
export async function publishList(
  moduleRef: TestingModule,
  editor: User,
  itemProposals: readonly (readonly ProposalRecord[])[],
  title = 'Tien geboden voor ondernemers',
): Promise<ListView> {
  const lists = moduleRef.get(CuratedListsService);
  const { list } = await lists.create(editor, { title, addressee: 'Minister van Financiën', language: 'nl' });
  const id = list._id.toHexString();
  await lists.updateDraft(id, {
    items: itemProposals.map((proposals, index) => ({
      title: `Gebod ${index + 1}`,
      proposalIds: proposals.map((proposal) => proposal._id.toHexString()),
    })),
  });
  return lists.publish(editor, id);
}
