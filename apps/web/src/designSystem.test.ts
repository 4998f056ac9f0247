import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PAGES = join(import.meta.dirname, 'pages');

/**
 * Markup that the components of `src/components` make: a page writes the component instead, so
 * that every page looks and behaves alike (no `<button>` that submits by accident, no label that
 * is not tied to its control, no panel spaced its own way).
 */
const RAW_ELEMENTS: readonly { element: string; use: string }[] = [
  { element: 'button', use: 'Button' },
  { element: 'label', use: 'FormField (layout="choice" for a checkbox or radio)' },
];
/** Classes of a component, written by hand on some other element. */
const COMPONENT_CLASSES: readonly { className: string; use: string }[] = [
  { className: 'card', use: 'Card' },
  { className: 'badge', use: 'Badge' },
  { className: 'empty-state', use: 'EmptyState' },
  { className: 'form-field', use: 'FormField' },
];

/**
 * Files that still write such markup, each with how many finds at most and why. Short on purpose:
 * an entry needs a reason that the components cannot serve yet.
 */
const ALLOWED: Readonly<Record<string, { count: number; reason: string }>> = {
  'CommentForm.tsx': {
    count: 1,
    reason: "a stance is a pill whose whole surface is its radio button's label, dot included",
  },
};

/** What a page's source writes raw, one line per find. */
function rawMarkup(source: string): string[] {
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const elements = RAW_ELEMENTS.flatMap(({ element, use }) =>
    [...source.matchAll(new RegExp(`<${element}\\b`, 'g'))].map(
      (match) => `<${element}> on line ${lineOf(match.index)}: use ${use}`,
    ),
  );
  // The value of each className, a string or an expression; its words are the candidates.
  const classes = [...source.matchAll(/className=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g)].flatMap((match) => {
    const words = new Set((match[1] ?? match[2] ?? match[3] ?? '').split(/[^\w-]+/));
    return COMPONENT_CLASSES.filter(({ className }) => words.has(className)).map(
      ({ className, use }) => `class "${className}" on line ${lineOf(match.index)}: use ${use}`,
    );
  });
  return [...elements, ...classes];
}

describe('the design system', () => {
  const pages = readdirSync(PAGES).filter((file) => file.endsWith('.tsx'));

  it('is what every page is built from: no raw buttons, labels, cards, badges or empty states', () => {
    const found = Object.fromEntries(
      pages
        .filter((file) => !(file in ALLOWED))
        .map((file) => [file, rawMarkup(readFileSync(join(PAGES, file), 'utf8'))] as const)
        .filter(([, finds]) => finds.length > 0),
    );
    expect(found).toEqual({});
  });

  it('allows raw markup only in the files of the allow-list, and no more of it than it says', () => {
    for (const [file, { count }] of Object.entries(ALLOWED)) {
      expect(pages).toContain(file);
      expect({ file, finds: rawMarkup(readFileSync(join(PAGES, file), 'utf8')).length }).toEqual({
        file,
        finds: Math.min(count, rawMarkup(readFileSync(join(PAGES, file), 'utf8')).length),
      });
    }
  });

  it('finds raw markup where a page writes it, and not where a component does', () => {
    expect(rawMarkup('<button type="button">x</button>\n<label>y<input /></label>')).toEqual([
      '<button> on line 1: use Button',
      '<label> on line 2: use FormField (layout="choice" for a checkbox or radio)',
    ]);
    expect(rawMarkup('<li className="card flagged">')).toEqual(['class "card" on line 1: use Card']);
    expect(rawMarkup("<span className={ok ? 'badge verified' : 'x'}>")).toEqual([
      'class "badge" on line 1: use Badge',
    ]);
    expect(rawMarkup('<Card as="li" className="proposal-card"><Badge tone="accent">')).toEqual([]);
    expect(rawMarkup('<Button variant="secondary">')).toEqual([]);
  });
});
