const DUPLICATE_KEY = 11000;

/** A write refused by a unique index. Never read `keyValue`: FerretDB does not provide it. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === DUPLICATE_KEY;
}
