import type { PasswordScore } from '../../../libs/core/src/validation/password-strength';
import type { Language } from './i18n';

/** What the strength meter asks of the password worker, numbered so answers find their question. */
export interface StrengthRequest {
  id: number;
  password: string;
  /** The email address and name typed so far: a password made of them is weak, as on the API. */
  userInputs: readonly string[];
  language: Language;
}

/** The worker's answer: a score, whether it is enough, and zxcvbn's hint in the reader's language. */
export interface StrengthAnswer {
  id: number;
  score: PasswordScore;
  enough: boolean;
  hint: string | null;
}

/** zxcvbn's feedback keys in words, from its own language packs. */
interface FeedbackWords {
  warnings: Record<string, string>;
  suggestions: Record<string, string>;
}

type Judge = (request: StrengthRequest) => StrengthAnswer;

let judge: Promise<Judge> | undefined;

/**
 * zxcvbn and its dictionaries weigh about a megabyte: they load in a chunk of their own with the
 * first password to judge, never with the rest of the client. The API judges with the same module.
 * Runs in the password worker (pages/passwordStrength.worker.ts), so neither loading nor judging
 * holds up typing on the main thread.
 */
function loadJudge(): Promise<Judge> {
  judge ??= Promise.all([
    import('../../../libs/core/src/validation/password-strength'),
    import('@zxcvbn-ts/language-nl-be'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([strength, dutch, english]) => {
    const words: Record<Language, FeedbackWords> = { nl: dutch.translations, en: english.translations };
    return ({ id, password, userInputs, language }) => {
      const { score, warning, suggestions } = strength.passwordStrength(password, userInputs);
      const [suggestion] = suggestions;
      const hint = warning
        ? words[language].warnings[warning]
        : suggestion === undefined
          ? undefined
          : words[language].suggestions[suggestion];
      return { id, score, enough: score >= strength.PASSWORD_MIN_SCORE, hint: hint ?? null };
    };
  });
  return judge;
}

/** Judges one password; a failed load is tried again with the next one. */
export async function judgePassword(request: StrengthRequest): Promise<StrengthAnswer> {
  try {
    return (await loadJudge())(request);
  } catch (error) {
    judge = undefined;
    throw error;
  }
}
