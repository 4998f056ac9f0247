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

  it('finds themes by id, ids and slug, and renames them', async () => {
    const water = (await themes.findBySlug('water'))!;
    await themes.setName(water._id, { nl: 'Waterbeheer', en: 'Water management' });
    expect((await themes.findById(water._id.toHexString()))?.name.nl).toBe('Waterbeheer');
    expect(await themes.findById('nope')).toBeNull();
    const found = await themes.findByIds([water._id, new Types.ObjectId()]);
    expect(found.map((theme) => theme.slug)).toEqual(['water']);
  });
});
