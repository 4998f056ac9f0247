import type { z } from 'zod';
import { InvalidInputError, type ReasonOf } from '../errors/domain-errors';
import type { ErrorParams } from '../errors/error-reasons';

type InputReason = ReasonOf<'BAD_USER_INPUT'>;

/** What a refinement names as its reason: `.refine(check, { message, params: reasonOf('…') })`. */
export function reasonOf(reason: InputReason, params: ErrorParams = {}): Record<string, unknown> {
  return { reason, ...params };
}

const SHORT: Partial<Record<string, InputReason>> = { string: 'TOO_SHORT', array: 'TOO_FEW' };
const LONG: Partial<Record<string, InputReason>> = { string: 'TOO_LONG', array: 'TOO_MANY' };

/** The reason and numbers of a zod issue, for `extensions.reason` and `extensions.params`. */
function reasonOfIssue(issue: z.core.$ZodIssue | undefined): { reason: InputReason; params: ErrorParams } {
  if (issue?.code === 'too_small') {
    return { reason: SHORT[issue.origin] ?? 'TOO_SMALL', params: { min: Number(issue.minimum) } };
  }
  if (issue?.code === 'too_big') {
    return { reason: LONG[issue.origin] ?? 'TOO_LARGE', params: { max: Number(issue.maximum) } };
  }
  if (issue?.code === 'invalid_format') {
    return { reason: 'INVALID_FORMAT', params: {} };
  }
  if (issue?.code === 'custom') {
    const { reason, ...params } = (issue.params ?? {}) as { reason?: InputReason } & ErrorParams;
    return { reason: reason ?? 'INVALID_INPUT', params };
  }
  return { reason: 'INVALID_INPUT', params: {} };
}

/**
 * Validates client input against a zod schema; the first problem becomes a BAD_USER_INPUT
 * error naming its field (dotted path, e.g. `input.email`) and its reason.
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
  const { reason, params } = reasonOfIssue(issue);
  throw new InvalidInputError(
    path ? `${path}: ${issue?.message ?? 'is invalid'}` : (issue?.message ?? 'Invalid input.'),
    path || undefined,
    reason,
    params,
  );
}
