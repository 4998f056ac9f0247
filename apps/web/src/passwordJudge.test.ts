import { describe, expect, it } from 'vitest';
import { judgePassword } from './passwordJudge';

/** What the password worker answers; the worker itself is only a message loop around this. */
describe('judging a password for the strength meter', () => {
  it('finds a common password weak, with a hint in the reader’s language', async () => {
    const dutch = await judgePassword({ id: 1, password: 'wachtwoord123', userInputs: [], language: 'nl' });
    expect(dutch).toMatchObject({ id: 1, enough: false });
    expect(dutch.score).toBeLessThan(3);
    expect(dutch.hint).toEqual(expect.any(String));
    const english = await judgePassword({ id: 2, password: 'wachtwoord123', userInputs: [], language: 'en' });
    expect(english).toMatchObject({ id: 2, score: dutch.score, enough: false });
    expect(english.hint).toEqual(expect.any(String));
    expect(english.hint).not.toBe(dutch.hint);
  }, 30_000);

  it('finds a long passphrase strong enough, and one made of the member’s own name weak', async () => {
    expect(
      await judgePassword({ id: 3, password: 'Lente-Kabinet-Fiets-2026', userInputs: [], language: 'nl' }),
    ).toEqual({ id: 3, score: 4, enough: true, hint: null });
    const own = await judgePassword({
      id: 4,
      password: 'zwakkewim1',
      userInputs: ['wim@example.test', 'Zwakke Wim'],
      language: 'nl',
    });
    expect(own.enough).toBe(false);
  }, 30_000);
});
