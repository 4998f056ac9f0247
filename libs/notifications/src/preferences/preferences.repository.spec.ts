import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { startMediumModule } from '../../../../test/support/medium';
import { NotificationsModule } from '../notifications.module';
import { PreferencesRepository } from './preferences.repository';

describe('PreferencesRepository', () => {
  let moduleRef: TestingModule;
  let repository: PreferencesRepository;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-preferences-repository', [NotificationsModule]);
    repository = moduleRef.get(PreferencesRepository);
  });

  afterAll(() => moduleRef.close());

  it('stores choices under the user id and finds them in the order asked, leaving out users without', async () => {
    const [a, b, c] = [1, 2, 3].map(() => new Types.ObjectId().toHexString());
    await repository.save(a!, { LIST_PUBLISHED: 'NEVER' });
    await repository.save(c!, {});
    await repository.save(a!, { LIST_PUBLISHED: 'IMMEDIATE' });
    const found = await repository.findEach([c!, b!, a!]);
    expect(found.map((record) => [record._id, record.email])).toEqual([
      [c, {}],
      [a, { LIST_PUBLISHED: 'IMMEDIATE' }],
    ]);
  });
});
