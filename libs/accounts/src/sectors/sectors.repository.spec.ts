import type { TestingModule } from '@nestjs/testing';
import { startMediumModule } from '../../../../test/support/medium';
import { AccountsModule } from '../accounts.module';
import { SectorsRepository } from './sectors.repository';

describe('SectorsRepository', () => {
  let moduleRef: TestingModule;
  let sectors: SectorsRepository;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-sectors-repository', [AccountsModule]);
    sectors = moduleRef.get(SectorsRepository);
  });

  afterAll(() => moduleRef.close());

  it('inserts a slug once, lists sectors by position, and renames or appends by slug', async () => {
    const name = { nl: 'Visserij', en: 'Fishing' };
    expect(await sectors.insertIfMissing({ slug: 'visserij', name, position: -1 })).toBe(true);
    expect(
      await sectors.insertIfMissing({ slug: 'visserij', name: { nl: 'Ander', en: 'Other' }, position: -2 }),
    ).toBe(false);
    expect((await sectors.all())[0]).toMatchObject({ slug: 'visserij', name });
    const renamed = await sectors.upsert('visserij', { nl: 'Visserij en aquacultuur', en: 'Fisheries' });
    expect(renamed).toMatchObject({ slug: 'visserij', position: -1, name: { en: 'Fisheries' } });
    const added = await sectors.upsert('sport', { nl: 'Sport en recreatie', en: 'Sports' });
    expect(added.position).toBe((await sectors.all()).length - 1);
  });
});
