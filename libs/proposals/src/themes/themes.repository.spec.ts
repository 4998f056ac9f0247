import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { startMediumModule } from '../../../../test/support/medium';
import { ProposalsModule } from '../proposals.module';
import { ThemesRepository } from './themes.repository';

describe('ThemesRepository', () => {
  let moduleRef: TestingModule;
  let themes: ThemesRepository;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-themes-repository', [ProposalsModule]);
    themes = moduleRef.get(ThemesRepository);
  });

  afterAll(() => moduleRef.close());

  it('inserts a slug once and lists themes by position', async () => {
    const name = { nl: 'Water', en: 'Water' };
    expect(await themes.insertIfMissing({ slug: 'water', name, position: -1 })).toBe(true);
    expect(
      await themes.insertIfMissing({ slug: 'water', name: { nl: 'Ander', en: 'Other' }, position: -2 }),
    ).toBe(false);
    const [first] = await themes.all();
    expect(first).toMatchObject({ slug: 'water', name });
  });

  it('renames a theme by its slug, adds a new one at the end, and finds themes by id and ids', async () => {
    const water = await themes.upsert('water', { nl: 'Waterbeheer', en: 'Water management' });
    expect(water).toMatchObject({ slug: 'water', position: -1 });
    expect((await themes.findById(water._id.toHexString()))?.name.nl).toBe('Waterbeheer');
    const added = await themes.upsert('wonen', { nl: 'Wonen', en: 'Housing' });
    expect(added.position).toBe((await themes.all()).length - 1);
    expect(await themes.findById('nope')).toBeNull();
    const found = await themes.findByIds([water._id, new Types.ObjectId()]);
    expect(found.map((theme) => theme.slug)).toEqual(['water']);
  });
});
