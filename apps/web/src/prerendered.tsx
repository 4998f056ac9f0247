import type { ReactNode } from 'react';

/**
 * The page the server rendered into #root (a published list, see apps/api/src/web/list-page-html.ts),
 * taken before React replaces it: the list page shows it again while its code and its query load,
 * so the text painted without script stays where it is until the real page is ready.
 */
let prerendered: { path: string; html: string } | null = null;

/** Keeps the server's HTML of the page (the inside of its `[data-prerendered]` element), if any. */
export function takePrerendered(root: HTMLElement): void {
  const element = root.querySelector<HTMLElement>('[data-prerendered]');
  const path = element?.dataset.prerendered;
  prerendered = element && path ? { path, html: element.innerHTML } : null;
}

/** The server's HTML of the page at `pathname`, until the client has rendered that page itself. */
export function prerenderedHtml(pathname: string): string | null {
  return prerendered !== null && prerendered.path === pathname ? prerendered.html : null;
}

/** The client shows the page now: the server's copy would be out of date on a later visit. */
export function forgetPrerendered(): void {
  prerendered = null;
}

/**
 * While a page loads: the server's HTML of it when there is one (the same text in the same place,
 * so nothing moves or flashes), otherwise `fallback`.
 */
export function PrerenderedOr({ pathname, fallback }: { pathname: string; fallback: ReactNode }) {
  const html = prerenderedHtml(pathname);
  // The server's own rendering of this page, every text escaped there (list-page-html.ts).
  return html === null ? (
    fallback
  ) : (
    <div data-prerendered={pathname} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
