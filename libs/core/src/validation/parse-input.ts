import type { z } from 'zod';
import { InvalidInputError } from '../errors/domain-errors';

/**
 * Validates client input against a zod schema; the first problem becomes a BAD_USER_INPUT
 * error naming its field (dotted path, e.g. `input.email`).
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  prefix?: string,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) {
    return result.data;
  }
  const issue = result.error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  throw new InvalidInputError(
    path ? `${path}: ${issue?.message ?? 'is invalid'}` : (issue?.message ?? 'Invalid input.'),
    path || undefined,
  );
}
