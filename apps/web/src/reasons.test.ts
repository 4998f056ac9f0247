import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ERROR_REASONS, type ErrorReason, REASON_PARAMS } from '../../../libs/core/src/errors/error-reasons';
import { sentenceOptions } from './errors';
import { LANGUAGES, resources } from './i18n';
import { en } from './locales/en';

const texts = { nl: resources.nl, en };

const PLURAL_FORMS = ['one', 'other'] as const;

/** A reason's sentences: the one sentence, or its plural forms when it counts something. */
function sentencesOf(sentences: Record<string, string>, reason: string): (string | undefined)[] {
  return reason in sentences
    ? [sentences[reason]]
    : PLURAL_FORMS.map((form) => sentences[`${reason}_${form}`]);
}

describe('error reasons', () => {
  it.each(LANGUAGES)('has a sentence in %s for every reason the API sends', (language) => {
    const sentences: Record<string, string> = texts[language].translation.reasons;
    for (const reason of Object.keys(ERROR_REASONS)) {
      for (const sentence of sentencesOf(sentences, reason)) {
        expect.soft(sentence, reason).toEqual(expect.any(String));
      }
    }
    const reasons = new Set(Object.keys(sentences).map((key) => key.replace(/_(one|other)$/, '')));
    expect([...reasons].sort()).toEqual(Object.keys(ERROR_REASONS).sort());
  });

  it.each(LANGUAGES)('uses in %s every number a reason comes with, and no other', (language) => {
    const sentences: Record<string, string> = texts[language].translation.reasons;
    for (const reason of Object.keys(ERROR_REASONS)) {
      const declared: readonly string[] = (REASON_PARAMS as Record<string, readonly string[]>)[reason] ?? [];
      for (const sentence of sentencesOf(sentences, reason)) {
        const used = [...(sentence ?? '').matchAll(/\{\{(\w+)\}\}/g)].map(([, name]) => name);
        expect.soft([...new Set(used)].sort(), reason).toEqual([...declared].sort());
      }
    }
  });

  it('counts in the plural form the number asks for, in Dutch and English', async () => {
    const translator = i18next.createInstance();
    await translator.init({ resources: texts, lng: 'nl', interpolation: { escapeValue: false } });
    const say = (language: string, reason: ErrorReason, params: Record<string, number>) =>
      translator.getFixedT(language)(`reasons.${reason}`, sentenceOptions(reason, params));
    expect(say('nl', 'EDIT_WINDOW_CLOSED', { days: 1 })).toContain('tot 1 dag na');
    expect(say('nl', 'EDIT_WINDOW_CLOSED', { days: 2 })).toContain('tot 2 dagen na');
    expect(say('en', 'EDIT_WINDOW_CLOSED', { days: 1 })).toContain('until 1 day after');
    expect(say('en', 'EDIT_WINDOW_CLOSED', { days: 2 })).toContain('until 2 days after');
    expect(say('nl', 'COMMENT_EDIT_WINDOW_CLOSED', { minutes: 1 })).toContain('tot 1 minuut na');
    expect(say('nl', 'COMMENT_EDIT_WINDOW_CLOSED', { minutes: 15 })).toContain('tot 15 minuten na');
    expect(say('en', 'COMMENT_EDIT_WINDOW_CLOSED', { minutes: 1 })).toContain('until 1 minute after');
    expect(say('nl', 'TOO_SHORT', { min: 10 })).toBe('Te kort, minstens 10 tekens.');
    expect(say('nl', 'EDIT_VOTES_REACHED', { max: 1 })).toContain('er is al 1 stem uitgebracht');
    // A sentence without plural forms is found by its plain key.
    expect(say('nl', 'TOO_FEW', { min: 2 })).toBe('Te weinig, minstens 2.');
  });
});
