import { z } from 'zod';
import { reasonOf } from './parse-input';

/** A UTF-16 surrogate without its pair: not Unicode text, and not storable as UTF-8 (BSON). */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Not allowed in a name or title: C0 and C1 controls (line breaks and tabs included) and the
 * bidirectional embeddings, overrides and isolates, which make a name read as something else.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/**
 * A grapheme cluster made only of these shows nothing: controls, format characters (zero-width
 * space, joiners, direction marks) and other default-ignorables (such as the Hangul fillers).
 */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]+$/u;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The number of characters a reader sees: grapheme clusters that show something. */
export function visibleLength(text: string): number {
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (!INVISIBLE.test(segment)) count += 1;
  }
  return count;
}

interface Bounds {
  /** Visible characters (visibleLength). */
  min?: number;
  /** UTF-16 code units, after normalisation. */
  max: number;
}

function minimum(min: number): { message: string; params: Record<string, unknown> } {
  return min === 1
    ? { message: 'is required', params: reasonOf('REQUIRED') }
    : { message: `must have at least ${min} visible characters`, params: reasonOf('TOO_SHORT', { min }) };
}

/**
 * A name or title on one line: trimmed, in Unicode NFC, without controls, bidirectional
 * overrides or lone surrogates, and with at least `min` visible characters.
 */
export function lineText({ min = 0, max }: Bounds) {
  return z
    .string()
    .trim()
    .normalize('NFC')
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !LONE_SURROGATE.test(text), {
      message: 'must be valid Unicode text (it has a lone surrogate)',
      params: reasonOf('INVALID_TEXT'),
    })
    .refine((text) => !LINE_FORBIDDEN.test(text), {
      message: 'must be one line without control characters or bidirectional overrides',
      params: reasonOf('INVALID_TEXT'),
    })
    .refine((text) => visibleLength(text) >= min, minimum(min));
}

/**
 * Longer text (a body, a description, a note): in Unicode NFC, without lone surrogates, with at
 * least `min` visible characters; line breaks, tabs and other characters as written.
 */
export function bodyText({ min = 0, max }: Bounds) {
  return z
    .string()
    .normalize('NFC')
    .max(max, `must be at most ${max.toLocaleString('en')} characters`)
    .refine((text) => !LONE_SURROGATE.test(text), {
      message: 'must be valid Unicode text (it has a lone surrogate)',
      params: reasonOf('INVALID_TEXT'),
    })
    .refine((text) => visibleLength(text) >= min, minimum(min));
}

/** A key that appears in URLs and exports (a theme, a list, a follow-up status): lower-case words joined by "-". */
export function slugText(max: number) {
  return z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"')
    .max(max, `must be at most ${max} characters`);
}
