import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Collection, Document } from 'mongodb';
import type { Connection, Types } from 'mongoose';
import { UnavailableError } from '@app/core';

/** A suggestion as the public figures read it. */
export interface CountedSuggestion {
  _id: Types.ObjectId;
  status: 'PUBLISHED' | 'MERGED';
  themeId: Types.ObjectId;
  upvotes: number;
  downvotes: number;
  createdAt: Date;
}

/** A vote as the public figures read it: on what and when, never by whom. */
export interface CountedVote {
  proposalId: Types.ObjectId;
  createdAt: Date;
}

const BATCH_SIZE = 1_000;

/**
 * Reads the few fields the public figures count, from the collections of proposals and accounts,
 * through the connection (as the privacy export does): the figures only count, so they need none
 * of those libraries' rules, and a narrow projection keeps the read small. FerretDB v1 has no date
 * operators in aggregations and sums wrongly with more than one `$sum` in a `$group`
 * (docs/DATABASE.md), so the counting happens in code over these projected reads.
 */
@Injectable()
export class StatisticsRepository {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  /** Published suggestions and those merged into another (their votes moved with them). */
  countedSuggestions(): AsyncIterable<CountedSuggestion> {
    return this.collection<CountedSuggestion>('proposals').find(
      { status: { $in: ['PUBLISHED', 'MERGED'] } },
      {
        projection: { status: 1, themeId: 1, upvotes: 1, downvotes: 1, createdAt: 1 },
        batchSize: BATCH_SIZE,
      },
    );
  }

  votes(): AsyncIterable<CountedVote> {
    return this.collection<CountedVote>('votes').find(
      {},
      { projection: { _id: 0, proposalId: 1, createdAt: 1 }, batchSize: BATCH_SIZE },
    );
  }

  memberSince(): AsyncIterable<{ createdAt: Date }> {
    return this.collection<{ createdAt: Date }>('users').find(
      {},
      { projection: { _id: 0, createdAt: 1 }, batchSize: BATCH_SIZE },
    );
  }

  private collection<T extends Document>(name: string): Collection<T> {
    const db = this.connection.db;
    if (db === undefined) {
      throw new UnavailableError('The database is not connected.');
    }
    return db.collection<T>(name);
  }
}
