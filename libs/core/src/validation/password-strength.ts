import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as common } from '@zxcvbn-ts/language-common';
import { dictionary as english } from '@zxcvbn-ts/language-en';
import { dictionary as dutch } from '@zxcvbn-ts/language-nl-be';

/**
 * The lowest zxcvbn score (0–4) a new password may have: 3 (at least 10^8 guesses) is "safely
 * unguessable: moderate protection from an offline slow-hash scenario", the usual minimum. The
 * API refuses less (WEAK_PASSWORD); the web client shows the same score while typing. Both use
 * this module, so they judge a password alike.
 */
export const PASSWORD_MIN_SCORE = 3;

export type PasswordScore = 0 | 1 | 2 | 3 | 4;

/** A score with zxcvbn's feedback as translation keys (`warnings.*`, `suggestions.*` of its language packs). */
export interface PasswordStrength {
  score: PasswordScore;
  warning: string | null;
  suggestions: string[];
}

/** Both languages' lists share names ("commonWords"); a suffix keeps one from replacing the other. */
function suffixed(dictionary: Record<string, unknown>, suffix: string): Record<string, never> {
  return Object.fromEntries(
    Object.entries(dictionary).map(([name, words]) => [`${name}-${suffix}`, words]),
  ) as Record<string, never>;
}

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: ranking the dictionaries takes about a second. */
function passwordEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common, ...suffixed(dutch, 'nl'), ...suffixed(english, 'en') },
    graphs: adjacencyGraphs,
    // Each l33t substitution zxcvbn tries multiplies its work: the default 100 took seconds for a
    // long password with separators, blocking the server; 4 still finds "w4chtw00rd".
    l33tMaxSubstitutions: 4,
  });
  return estimator;
}

let preparedLater = false;

/**
 * For a process that prepares the estimator itself once it can spare the time (the API, after it
 * listens): modules loaded after this call leave the preparation to it.
 */
export function preparePasswordStrengthLater(): void {
  preparedLater = true;
}

/** Ranks the dictionaries now unless the process said it prepares them later. */
export function preparePasswordStrengthUnlessLater(): void {
  if (!preparedLater) preparePasswordStrength();
}

/**
 * Ranks the dictionaries now. That blocks the event loop for a second or more: a server does it
 * while it starts, not in its first request, where the database driver would miss heartbeats.
 */
export function preparePasswordStrength(): void {
  passwordEstimator();
}

/**
 * How hard `password` is to guess, also for someone who knows `userInputs` (the member's email
 * address and name): a password made of those counts as weak.
 */
export function passwordStrength(password: string, userInputs: readonly string[] = []): PasswordStrength {
  const inputs = userInputs.flatMap((input) => [input, ...input.split(/[^\p{L}\p{N}]+/u)]).filter(Boolean);
  const { score, feedback } = passwordEstimator().check(password, inputs);
  return { score, warning: feedback.warning, suggestions: feedback.suggestions };
}
