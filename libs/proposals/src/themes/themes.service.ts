import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Types } from 'mongoose';
import { z } from 'zod';
import { orderByKeys, parseInput, RequestLoader, slugText } from '@app/core';
import { DEFAULT_THEMES, type ThemeRecord } from './theme.schema';
import { ThemesRepository } from './themes.repository';

const themeInputSchema = z.object({
  slug: slugText(60),
  nameNl: z.string().trim().min(2).max(80),
  nameEn: z.string().trim().min(2).max(80),
});

export type ThemeInput = z.input<typeof themeInputSchema>;

@Injectable()
export class ThemesService implements OnModuleInit {
  readonly loader = new RequestLoader<string, ThemeRecord | null>(async (ids) => {
    const valid = ids.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
    return orderByKeys(ids, await this.themes.findByIds(valid), (theme) => theme._id.toHexString());
  });

  constructor(private readonly themes: ThemesRepository) {}

  /** Seeds the default themes; safe to run on every start and from several processes at once. */
  async onModuleInit(): Promise<void> {
    await this.themes.init();
    for (const theme of DEFAULT_THEMES) {
      await this.themes.insertIfMissing(theme);
    }
  }

  all(): Promise<ThemeRecord[]> {
    return this.themes.all();
  }

  findById(id: string): Promise<ThemeRecord | null> {
    return this.themes.findById(id);
  }

  /** Creates a theme, or renames the theme with this slug. */
  async upsert(input: ThemeInput): Promise<ThemeRecord> {
    const { slug, nameNl, nameEn } = parseInput(themeInputSchema, input, 'input');
    return this.themes.upsert(slug, { nl: nameNl, en: nameEn });
  }
}
