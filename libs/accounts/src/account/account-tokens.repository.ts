import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model, trusted } from 'mongoose';
import { ACCOUNT_TOKEN_MODEL, type AccountTokenRecord } from './account-token.schema';

@Injectable()
export class AccountTokensRepository implements OnModuleInit {
  constructor(@InjectModel(ACCOUNT_TOKEN_MODEL) private readonly tokens: Model<AccountTokenRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.tokens.init();
  }

  async insert(token: Omit<AccountTokenRecord, 'createdAt'>): Promise<void> {
    await this.tokens.create(token);
  }

  findByHash(hash: string): Promise<AccountTokenRecord | null> {
    return this.tokens.findById(hash).lean<AccountTokenRecord>().exec();
  }

  /** True for exactly one of any number of concurrent calls with the same hash (a delete by `_id`). */
  async consume(hash: string): Promise<boolean> {
    return (await this.tokens.deleteOne({ _id: hash }).exec()).deletedCount === 1;
  }

  /** Tokens that can no longer be used are only clutter. */
  async deleteExpired(now: Date): Promise<number> {
    return (await this.tokens.deleteMany({ expiresAt: trusted({ $lte: now }) }).exec()).deletedCount;
  }
}
