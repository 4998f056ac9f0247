import { isCommonPassword, passwordSchema } from './password-policy';

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
});
