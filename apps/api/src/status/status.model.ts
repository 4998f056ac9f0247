import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('ServerStatus', { description: 'What a status page or monitor needs to know about this server.' })
export class ServerStatusModel {
  @Field({ description: 'Version of the API.' })
  version!: string;

  @Field(() => Float, { description: 'Seconds since this process started.' })
  uptimeSeconds!: number;

  @Field(() => Float, { description: 'Round trip of a ping to the database, in milliseconds.' })
  databaseLatencyMs!: number;
}
