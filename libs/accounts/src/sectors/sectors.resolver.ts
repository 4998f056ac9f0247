import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Language, RequestLanguage } from '@app/core';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../roles';
import { UpsertSectorInput } from './dto/upsert-sector.input';
import { SectorModel, toSectorModel } from './models/sector.model';
import { SectorsService } from './sectors.service';

@Resolver(() => SectorModel)
export class SectorsResolver {
  constructor(private readonly sectorsService: SectorsService) {}

  @Public()
  @Query(() => [SectorModel], { description: 'The sectors members choose from, "anders" (other) last.' })
  async sectors(@RequestLanguage() language: Language): Promise<SectorModel[]> {
    return (await this.sectorsService.all()).map((sector, position) =>
      toSectorModel(sector, position, language),
    );
  }

  @Roles(Role.ADMIN)
  @Mutation(() => SectorModel, {
    description: 'Creates a sector (listed before "anders"), or renames the sector with this slug.',
  })
  async upsertSector(
    @Args('input') input: UpsertSectorInput,
    @RequestLanguage() language: Language,
  ): Promise<SectorModel> {
    const sector = await this.sectorsService.upsert(input);
    const position = (await this.sectorsService.all()).findIndex((each) => each._id.equals(sector._id));
    return toSectorModel(sector, position, language);
  }
}
