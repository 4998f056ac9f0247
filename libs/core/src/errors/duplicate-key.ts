const DUPLICATE_KEY = 11000;

/** A write refused by a unique index. Never read `keyValue`: FerretDB does not provide it. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === DUPLICATE_KEY;
}

/**
 * Awaits an insert, answering null instead of failing when a unique index already holds its
 * key. On FerretDB v1 an insert under a unique key is the only atomic claim, so this is how
 * "do it once" is written throughout.
 */
export async function unlessDuplicate<T>(insert: Promise<T>): Promise<T | null> {
  try {
    return await insert;
  } catch (error) {
    if (isDuplicateKeyError(error)) {
      return null;
    }
    throw error;
  }
}
