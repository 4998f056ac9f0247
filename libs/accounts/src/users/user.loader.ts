import { Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import { orderByKeys, RequestLoader } from '@app/core';
import type { User } from './user.schema';
import { UsersRepository } from './users.repository';

/** Users by id, batched per request (for authors, actors and the like). */
@Injectable()
export class UserLoader extends RequestLoader<string, User | null> {
  constructor(users: UsersRepository) {
    super(async (ids) => {
      const valid = ids.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
      return orderByKeys(ids, await users.findByIds(valid), (user) => user._id.toHexString());
    });
  }
}
