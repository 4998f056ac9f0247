import type { INestApplicationContext } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { USER_MODEL, type UserRecord } from '@app/accounts';
import { DocumentCaches } from '@app/database';

/** A testing module or the application: either hands out providers. */
type HasProviders = Pick<INestApplicationContext, 'get'>;

/**
 * Marks a user's address as verified (or blocked, or sets their language) straight in the database, for specs that need a
 * user who may receive mail without going through verification; the user cache is emptied, as
 * after any write that bypasses the repositories.
 */
export async function setMailState(
  app: HasProviders,
  userId: Types.ObjectId,
  state: { verified?: boolean; blocked?: boolean; language?: 'nl' | 'en' },
): Promise<void> {
  const users = app.get<Model<UserRecord>>(getModelToken(USER_MODEL));
  await users
    .updateOne(
      { _id: userId },
      {
        $set: {
          ...(state.language === undefined ? {} : { language: state.language }),
          ...(state.verified === undefined ? {} : { emailVerifiedAt: state.verified ? new Date() : null }),
          ...(state.blocked === undefined
            ? {}
            : { blockedAt: state.blocked ? new Date() : null, blockedReason: state.blocked ? 'Test' : null }),
        },
      },
    )
    .exec();
  app.get<DocumentCaches>(DocumentCaches).clear();
}
