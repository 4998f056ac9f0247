import type { TestingModule } from '@nestjs/testing';
import { InvalidInputError } from '@app/core';
import { startMediumModule } from '../../../../test/support/medium';
import { ProposalsModule } from '../proposals.module';
import { DEFAULT_THEMES } from './theme.schema';
import { ThemesService } from './themes.service';

describe('ThemesService', () => {
  let moduleRef: TestingModule;
  let themes: ThemesService;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-themes-service', [ProposalsModule]);
    themes = moduleRef.get(ThemesService);
  });

  afterAll(() => moduleRef.close());

  it('seeds the default themes once, however often it starts', async () => {
    await themes.onModuleInit();
    expect((await themes.all()).map((theme) => theme.slug)).toEqual(
      DEFAULT_THEMES.map((theme) => theme.slug),
    );
  });

  it('creates a theme at the end, and renames it by slug keeping its id', async () => {
    const created = await themes.upsert({
      slug: ' Digitale-Overheid ',
      nameNl: 'Digitale overheid',
      nameEn: 'Digital',
    });
    expect(created).toMatchObject({ slug: 'digitale-overheid', position: DEFAULT_THEMES.length });
    const renamed = await themes.upsert({
      slug: 'digitale-overheid',
      nameNl: 'Digitale dienstverlening',
      nameEn: 'Digital services',
    });
    expect(renamed._id.equals(created._id)).toBe(true);
    expect(renamed.name).toEqual({ nl: 'Digitale dienstverlening', en: 'Digital services' });
    expect((await themes.findById(created._id.toHexString()))?.name.nl).toBe('Digitale dienstverlening');
    await expect(
      themes.upsert({ slug: 'geen slug!', nameNl: 'Fout', nameEn: 'Wrong' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });
});
