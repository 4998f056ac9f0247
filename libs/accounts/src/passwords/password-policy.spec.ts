import { InvalidInputError, PASSWORD_MIN_SCORE, passwordStrength } from '@app/core';
import { isCommonPassword, passwordSchema, requireStrongPassword } from './password-policy';

/** The error `requireStrongPassword` throws, or undefined when it accepts. */
function refusalOf(password: string, userInputs: string[] = []): InvalidInputError | undefined {
  try {
    requireStrongPassword(password, userInputs, 'input.password');
    return undefined;
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
}

describe('password policy', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordSchema.safeParse('kabinet-van-vernieuwing-2026').success).toBe(true);
  });

  it.each([
    ['too short', 'Ab3$xyz', /at least 10/],
    ['too long', 'x'.repeat(129), /at most 128/],
    ['common', 'password123', /most common/],
    ['common in another case', 'QWERTYUIOP', /most common/],
  ])('rejects a password that is %s', (_, password, message) => {
    const result = passwordSchema.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });

  it('knows the common list', () => {
    expect(isCommonPassword('1234567890')).toBe(true);
    expect(isCommonPassword('correct horse battery staple 9')).toBe(false);
  });

  it.each(['aaaaaaaaaa', 'wachtwoord123', 'qwertyuiop1', 'amsterdam12'])(
    'refuses %s as too easy to guess, naming the field',
    (password) => {
      expect(passwordStrength(password).score).toBeLessThan(PASSWORD_MIN_SCORE);
      expect(refusalOf(password)).toMatchObject({ reason: 'WEAK_PASSWORD', field: 'input.password' });
    },
  );

  it('refuses a password made of the member’s own email address and name', () => {
    const password = 'pietersma2026';
    expect(refusalOf(password)).toBeUndefined();
    expect(refusalOf(password, ['korneel.pietersma@example.nl', 'Korneel Pietersma'])?.reason).toBe(
      'WEAK_PASSWORD',
    );
  });

  it.each(['Vernieuwing-Test-2026!', 'Kabinet-Demo-2026', 'Bench-Password-2026', 'Eerste-Beheerder-2026'])(
    'accepts the passwords of tests, the demo and the benchmark (%s)',
    (password) => {
      expect(refusalOf(password, ['test@example.nl', 'Test user'])).toBeUndefined();
    },
  );

  it('says what makes a password weak, as keys of zxcvbn’s translations', () => {
    expect(passwordStrength('aaaaaaaaaa')).toMatchObject({ score: 0, warning: 'simpleRepeat' });
  });
});
