import { z } from 'zod';

/** How long a reason may be, in characters. */
export const REASON_LIMITS = { min: 3, max: 500 } as const;

/** Why a suggestion is withdrawn, flagged or hidden: shown to the author and in the audit log. */
export const reasonSchema = z
  .string()
  .trim()
  .min(REASON_LIMITS.min, `must be at least ${REASON_LIMITS.min} characters`)
  .max(REASON_LIMITS.max, `must be at most ${REASON_LIMITS.max} characters`);
