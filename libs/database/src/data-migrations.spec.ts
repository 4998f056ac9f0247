import type { TestingModule } from '@nestjs/testing';
import { startMediumModule } from '../../../test/support/medium';
import { DataMigrations } from './data-migrations';

describe('DataMigrations (medium: real database)', () => {
  let moduleRef: TestingModule;
  let migrations: DataMigrations;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium_data_migrations', []);
    migrations = moduleRef.get(DataMigrations);
  });

  afterAll(async () => {
    await moduleRef.close();
  });

  it('runs a migration once per database, and answers what it answered', async () => {
    const migrate = jest.fn(() => Promise.resolve(3));
    expect(await migrations.runOnce('fields-a', migrate)).toBe(3);
    expect(await migrations.runOnce('fields-a', migrate)).toBeNull();
    expect(await migrations.runOnce('fields-b', migrate)).toBe(3);
    expect(migrate).toHaveBeenCalledTimes(2);
  });

  it('runs a migration that failed again at the next try', async () => {
    await expect(
      migrations.runOnce('cut-short', () => Promise.reject(new Error('database gone'))),
    ).rejects.toThrow('database gone');
    const migrate = jest.fn(() => Promise.resolve('done'));
    expect(await migrations.runOnce('cut-short', migrate)).toBe('done');
    expect(migrate).toHaveBeenCalledTimes(1);
  });
});
