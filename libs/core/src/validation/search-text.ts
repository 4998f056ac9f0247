import { z } from 'zod';
import { reasonOf } from './parse-input';
import { LONE_SURROGATE } from './text';

/**
 * Text to search for: trimmed, at most `max` characters, and storable as BSON (which cannot
 * carry a NUL in a regular expression, nor a lone UTF-16 surrogate as UTF-8).
 */
export function searchText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !text.includes('\u0000') && !LONE_SURROGATE.test(text), {
      message: 'must be plain text',
      params: reasonOf('INVALID_TEXT'),
    });
}
