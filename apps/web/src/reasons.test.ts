import { describe, expect, it } from 'vitest';
import { ERROR_REASONS } from '../../../libs/core/src/errors/error-reasons';
import { LANGUAGES, resources } from './i18n';

describe('error reasons', () => {
  it.each(LANGUAGES)('has a sentence in %s for every reason the API sends', (language) => {
    const sentences: Record<string, string> = resources[language].translation.reasons;
    for (const reason of Object.keys(ERROR_REASONS)) {
      expect.soft(sentences[reason], reason).toEqual(expect.any(String));
    }
    expect(Object.keys(sentences).sort()).toEqual(Object.keys(ERROR_REASONS).sort());
  });
});
