import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import { InvalidInputError, parseInput, RequestLoader, slugText } from '@app/core';
import { UnitOfWork } from '@app/database';
import { UsersRepository } from '../users/users.repository';
import { DEFAULT_SECTORS, OTHER_SECTOR, type SectorRecord } from './sector.schema';
import { sectorSlugFor } from './sector-slug';
import { SectorsRepository } from './sectors.repository';

const sectorInputSchema = z.object({
  slug: slugText(60),
  nameNl: z.string().trim().min(2).max(80),
  nameEn: z.string().trim().min(2).max(80),
});
export type SectorInput = z.input<typeof sectorInputSchema>;

/** "anders" last, the others by position: the order of every list of sectors. */
function ordered(sectors: SectorRecord[]): SectorRecord[] {
  return [
    ...sectors.filter((sector) => sector.slug !== OTHER_SECTOR),
    ...sectors.filter((sector) => sector.slug === OTHER_SECTOR),
  ];
}

@Injectable()
export class SectorsService implements OnModuleInit {
  private readonly logger = new Logger(SectorsService.name);

  /** The ordered list, read once per request however many suggestions show support per sector. */
  readonly listLoader = new RequestLoader<'all', SectorRecord[]>(async (keys) => {
    const list = await this.all();
    return keys.map(() => list);
  });

  constructor(
    private readonly sectors: SectorsRepository,
    private readonly users: UsersRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * Seeds the default sectors and moves members' free-text sectors onto the list; safe to run on
   * every start and from several processes at once.
   */
  async onModuleInit(): Promise<void> {
    await this.sectors.init();
    for (const sector of DEFAULT_SECTORS) {
      await this.sectors.insertIfMissing(sector);
    }
    const migrated = await this.migrateUserSectors();
    if (migrated > 0) {
      this.logger.log(`Sectors of ${migrated} members moved onto the sector list.`);
    }
  }

  /** Ordered by position, "anders" last. */
  async all(): Promise<SectorRecord[]> {
    return ordered(await this.sectors.all());
  }

  /** Creates a sector (before "anders"), or renames the sector with this slug. */
  async upsert(input: SectorInput): Promise<SectorRecord> {
    const { slug, nameNl, nameEn } = parseInput(sectorInputSchema, input, 'input');
    return this.sectors.upsert(slug, { nl: nameNl, en: nameEn });
  }

  /** The slug when it names a listed sector, null for none; BAD_USER_INPUT (UNKNOWN_SECTOR) otherwise. */
  async requireKnown(sector: string | null, field: string): Promise<string | null> {
    if (sector === null) {
      return null;
    }
    const slug = sector.trim().toLowerCase();
    if (!(await this.all()).some((known) => known.slug === slug)) {
      throw new InvalidInputError(
        `${field}: is not a sector of the list (see \`sectors\`)`,
        field,
        'UNKNOWN_SECTOR',
      );
    }
    return slug;
  }

  /** The listed sector `text` names (slug or name, in any case or accents), else "anders". */
  async slugFor(text: string): Promise<string> {
    return sectorSlugFor(text, await this.all());
  }

  /**
   * Members whose sector is not a listed slug (typed freely before the list existed) get the
   * sector it names, else "anders"; answers how many changed. Each change runs in the member's
   * unit of work, as role and block changes do, so neither overwrites the other.
   */
  async migrateUserSectors(): Promise<number> {
    const sectors = await this.all();
    const unlisted = await this.users.withSectorOutside(sectors.map((sector) => sector.slug));
    for (const user of unlisted) {
      const slug = sectorSlugFor(user.sector, sectors);
      await this.unitOfWork.run(`user:${user._id.toHexString()}`, () => this.users.setSector(user._id, slug));
    }
    return unlisted.length;
  }
}
