import type { TestingModule } from '@nestjs/testing';
import { startMediumModule } from '../../../../test/support/medium';
import { NotificationsModule } from '../notifications.module';
import { DigestRunsRepository } from './digest-runs.repository';

describe('DigestRunsRepository', () => {
  let moduleRef: TestingModule;
  let runs: DigestRunsRepository;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-digest-runs', [NotificationsModule]);
    runs = moduleRef.get(DigestRunsRepository);
  });

  afterAll(() => moduleRef.close());

  it('records a run as finished only when it finished, once per day', async () => {
    expect(await runs.isFinished('2030-01-01')).toBe(false);
    await runs.started('2030-01-01', new Date());
    await runs.started('2030-01-01', new Date());
    expect(await runs.isFinished('2030-01-01')).toBe(false);
    await runs.finished('2030-01-01', new Date());
    expect(await runs.isFinished('2030-01-01')).toBe(true);
    expect(await runs.isFinished('2030-01-02')).toBe(false);
  });
});
