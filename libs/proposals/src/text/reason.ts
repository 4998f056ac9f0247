import { z } from 'zod';

/** Why a suggestion is withdrawn, flagged or hidden: shown to the author and in the audit log. */
export const reasonSchema = z
  .string()
  .trim()
  .min(3, 'must be at least 3 characters')
  .max(500, 'must be at most 500 characters');
