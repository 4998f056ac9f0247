/** What a shared link shows: the page's title and description, for people and for crawlers. */
export interface PageHead {
  title: string;
  description: string;
  /** Absolute; absent on pages that have no address of their own (not found). */
  url?: string;
  type: 'website' | 'article';
  language: 'nl' | 'en';
  /** Not found and private pages stay out of search results. */
  noindex?: boolean;
}

export const SITE_NAME = 'Kabinet van Vernieuwing';

/** The description of every page that has none of its own. */
export const GENERIC_DESCRIPTION =
  'Ondernemers stellen beleid voor, stemmen en volgen wat het kabinet met hun suggesties doet: gebundeld in lijsten met een openbare opvolging.';

/** Search engines and chat previews cut descriptions near this length. */
export const DESCRIPTION_LENGTH = 160;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element text and in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/**
 * Markdown as the plain sentence a preview shows, cut at a word boundary to `length` characters
 * (with an ellipsis when cut). Only the marks people type in suggestions are removed.
 */
export function plainSummary(markdown: string, length = DESCRIPTION_LENGTH): string {
  const plain = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|~~|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= length) return plain;
  const cut = plain.slice(0, length - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?-]+$/, '')}…`;
}

const LOCALES = { nl: 'nl_NL', en: 'en_GB' } as const;

/** The `<title>`, description, Open Graph and Twitter tags for `head`, escaped. */
export function headTags(head: PageHead): string {
  const meta = (attribute: 'name' | 'property', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', head.description),
    ...(head.noindex === true ? [meta('name', 'robots', 'noindex')] : []),
    ...(head.url === undefined ? [] : [`<link rel="canonical" href="${escapeHtml(head.url)}" />`]),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    ...(head.url === undefined ? [] : [meta('property', 'og:url', head.url)]),
    meta('property', 'og:type', head.type),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:locale', LOCALES[head.language]),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
  ].join('\n    ');
}

const TITLE = /<title>[^<]*<\/title>/;
const DESCRIPTION = /\s*<meta\s+name="description"[^>]*>/;

/**
 * The built index.html with `head` in place of its own title and description. Replaced by a
 * function, so `$` in a suggestion's title is text, not a replacement pattern.
 */
export function withHead(indexHtml: string, head: PageHead): string {
  return indexHtml.replace(DESCRIPTION, '').replace(TITLE, () => headTags(head));
}
