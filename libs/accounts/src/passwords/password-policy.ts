import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';
import {
  InvalidInputError,
  PASSWORD_MIN_SCORE,
  passwordStrength,
  preparePasswordStrengthUnlessLater,
  reasonOf,
} from '@app/core';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** About 49,000 of the most common passwords (the zxcvbn-ts list), compared case-insensitively. */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  dictionary['passwords-common'].map((password) => password.toLowerCase()),
);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`)
  .refine((password) => !isCommonPassword(password), {
    message: 'is one of the most common passwords; choose another',
    params: reasonOf('COMMON_PASSWORD'),
  });

/**
 * Refuses a password that is easy to guess (WEAK_PASSWORD), also from the member's own email
 * address and name. Not part of `passwordSchema`: it needs those, and it takes milliseconds, so
 * accounts that share one password (the demo's) are checked once.
 */
export function requireStrongPassword(password: string, userInputs: readonly string[], field: string): void {
  if (passwordStrength(password, userInputs).score < PASSWORD_MIN_SCORE) {
    throw new InvalidInputError(
      `${field}: is too easy to guess; use a longer, less predictable password`,
      field,
      'WEAK_PASSWORD',
    );
  }
}

// At load, before the database connects (see preparePasswordStrength), unless the process does it
// later itself: the API after it listens (apps/api/src/main.ts).
preparePasswordStrengthUnlessLater();
