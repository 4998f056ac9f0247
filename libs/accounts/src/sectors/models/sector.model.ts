import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Language } from '@app/core';
import type { SectorRecord } from '../sector.schema';

@ObjectType('Sector')
export class SectorModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What `User.sector`, `RegisterInput.sector` and `SectorSupport.sector` hold.' })
  slug!: string;

  @Field({ description: "In the request's language (Accept-Language: nl or en; Dutch by default)." })
  name!: string;

  @Field(() => Int, { description: 'Place in the list, from 0; "anders" (other) is always last.' })
  position!: number;
}

/** `position` is the sector's place in the ordered list (SectorsService.all). */
export function toSectorModel(sector: SectorRecord, position: number, language: Language): SectorModel {
  return { id: sector._id.toHexString(), slug: sector.slug, name: sector.name[language], position };
}
