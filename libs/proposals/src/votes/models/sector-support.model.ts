import { Field, Int, ObjectType } from '@nestjs/graphql';

/** Votes on one or more suggestions from members of one sector: aggregated, never who voted. */
@ObjectType('SectorSupport')
export class SectorSupportModel {
  @Field({ description: 'Slug of the sector (see `sectors`).' })
  sector!: string;

  @Field(() => Int)
  up!: number;

  @Field(() => Int)
  down!: number;
}
