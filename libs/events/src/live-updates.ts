import { Injectable } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';

/**
 * In-process publish/subscribe for GraphQL subscriptions. With several API processes, each
 * delivers what happened in itself only; a shared broker would be needed for more.
 */
@Injectable()
export class LiveUpdates extends PubSub {}
