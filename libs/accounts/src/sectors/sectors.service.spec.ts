import { getModelToken } from '@nestjs/mongoose';
import type { TestingModule } from '@nestjs/testing';
import type { Model } from 'mongoose';
import { InvalidInputError } from '@app/core';
import { createUser, startMediumModule } from '../../../../test/support/medium';
import { AccountsModule } from '../accounts.module';
import { USER_MODEL, type UserRecord } from '../users/user.schema';
import { UsersService } from '../users/users.service';
import { DEFAULT_SECTORS, OTHER_SECTOR } from './sector.schema';
import { sectorSlugFor } from './sector-slug';
import { SectorsService } from './sectors.service';

describe('SectorsService', () => {
  let moduleRef: TestingModule;
  let sectors: SectorsService;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-sectors-service', [AccountsModule]);
    sectors = moduleRef.get(SectorsService);
  });

  afterAll(() => moduleRef.close());

  it('seeds the default sectors once, however often it starts, with "anders" last', async () => {
    await sectors.onModuleInit();
    const slugs = (await sectors.all()).map((sector) => sector.slug);
    expect(slugs).toEqual(DEFAULT_SECTORS.map((sector) => sector.slug));
    expect(slugs.at(-1)).toBe(OTHER_SECTOR);
  });

  it('adds a sector before "anders", renames it by slug, and refuses a bad slug', async () => {
    const created = await sectors.upsert({ slug: ' Sport ', nameNl: 'Sport en recreatie', nameEn: 'Sports' });
    expect(created.slug).toBe('sport');
    const slugs = (await sectors.all()).map((sector) => sector.slug);
    expect(slugs.slice(-2)).toEqual(['sport', OTHER_SECTOR]);
    const renamed = await sectors.upsert({ slug: 'sport', nameNl: 'Sport', nameEn: 'Sport' });
    expect(renamed._id.equals(created._id)).toBe(true);
    await expect(
      sectors.upsert({ slug: 'geen slug!', nameNl: 'Fout', nameEn: 'Wrong' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('accepts a listed slug or none, and names anything else UNKNOWN_SECTOR', async () => {
    expect(await sectors.requireKnown(' ICT ', 'input.sector')).toBe('ict');
    expect(await sectors.requireKnown(null, 'input.sector')).toBeNull();
    const error = await sectors.requireKnown('food', 'input.sector').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ reason: 'UNKNOWN_SECTOR', field: 'input.sector' });
  });

  it('maps free-text sectors by folded slug or name, and anything else to "anders"', () => {
    const list = DEFAULT_SECTORS;
    expect(sectorSlugFor('Financiële dienstverlening', list)).toBe('financiele-dienstverlening');
    expect(sectorSlugFor('zakelijke dienstverlening', list)).toBe('zakelijke-dienstverlening');
    expect(sectorSlugFor('Health and care', list)).toBe('zorg');
    expect(sectorSlugFor('  ICT ', list)).toBe('ict');
    expect(sectorSlugFor('Creatieve-Industrie', list)).toBe('creatieve-industrie');
    expect(sectorSlugFor('maakindustrie', list)).toBe(OTHER_SECTOR);
    expect(sectorSlugFor('', list)).toBe(OTHER_SECTOR);
  });

  it('moves members with free-text sectors onto the list, once', async () => {
    const users = moduleRef.get<Model<UserRecord>>(getModelToken(USER_MODEL));
    const [typed, unknown, listed, none] = await Promise.all([
      createUser(moduleRef),
      createUser(moduleRef),
      createUser(moduleRef),
      createUser(moduleRef),
    ]);
    // As registration stored them before the list existed.
    await users.updateOne({ _id: typed._id }, { $set: { sector: 'Transport en Logistiek' } }).exec();
    await users.updateOne({ _id: unknown._id }, { $set: { sector: 'voeding' } }).exec();
    await users.updateOne({ _id: listed._id }, { $set: { sector: 'bouw' } }).exec();
    expect(await sectors.migrateUserSectors()).toBe(2);
    const usersService = moduleRef.get(UsersService);
    const sectorOf = async (id: string) => (await usersService.findById(id))?.sector;
    expect(await sectorOf(typed._id.toHexString())).toBe('logistiek');
    expect(await sectorOf(unknown._id.toHexString())).toBe(OTHER_SECTOR);
    expect(await sectorOf(listed._id.toHexString())).toBe('bouw');
    expect(await sectorOf(none._id.toHexString())).toBeNull();
    expect(await sectors.migrateUserSectors()).toBe(0);
  });
});
