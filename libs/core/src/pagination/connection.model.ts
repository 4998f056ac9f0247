import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import type { Connection, Edge, PageInfo } from './cursor-pagination';

@ObjectType('PageInfo')
export class PageInfoModel implements PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/**
 * The base of a Relay-style connection: `class ProposalConnection extends ConnectionType(ProposalModel, 'Proposal')`
 * decorated with `@ObjectType('ProposalConnection')`; the edge type is named `<nodeName>Edge`.
 */
export function ConnectionType<T>(node: Type<T>, nodeName: string): Type<Connection<T>> {
  @ObjectType(`${nodeName}Edge`)
  class EdgeModel implements Edge<T> {
    @Field(() => node)
    node!: T;

    @Field()
    cursor!: string;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionModel implements Connection<T> {
    @Field(() => [EdgeModel])
    edges!: Edge<T>[];

    @Field(() => PageInfoModel)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionModel;
}
