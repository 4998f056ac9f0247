import { type ReactNode, useCallback } from 'react';

/**
 * The page the server rendered into #root (a published list, see apps/api/src/web/list-page-html.ts),
 * taken before React replaces it: the list page shows it again while its code and its query load,
 * so the text painted without script stays where it is until the real page is ready. The element
 * itself is kept, not a copy of its HTML: the browser need not parse and lay it out again, and
 * what the reader did on it meanwhile (a fold opened, text selected) stays.
 */
let prerendered: { path: string; element: HTMLElement } | null = null;

/** Keeps the server's element of the page (its `[data-prerendered]` element), if any. */
export function takePrerendered(root: HTMLElement): void {
  const element = root.querySelector<HTMLElement>('[data-prerendered]');
  const path = element?.dataset.prerendered;
  prerendered = element && path ? { path, element } : null;
}

/** The server's element of the page at `pathname`, until the client has rendered that page itself. */
export function prerenderedElement(pathname: string): HTMLElement | null {
  return prerendered !== null && prerendered.path === pathname ? prerendered.element : null;
}

/**
 * The client shows the page now (in `rendered`): the folds the reader opened on the server's copy
 * (`<details>`, matched by their card's id and their place in it) open on the client's too, and the
 * server's copy is dropped — it would be out of date on a later visit. Call it before the browser
 * paints the client's page (in a layout effect), so that an open fold never shows closed.
 */
export function handOverPrerendered(rendered: HTMLElement): void {
  if (prerendered === null) return;
  const folds = (card: Element) => [...card.querySelectorAll<HTMLDetailsElement>(':scope > details')];
  const cards = (page: Element) => page.querySelectorAll<HTMLElement>('li.card[id]');
  const theirs = new Map([...cards(rendered)].map((card) => [card.id, folds(card)]));
  for (const card of cards(prerendered.element)) {
    folds(card).forEach((fold, index) => {
      const their = theirs.get(card.id)?.[index];
      if (fold.open && their !== undefined) their.open = true;
    });
  }
  prerendered = null;
}

/**
 * While a page loads: the server's element of it when there is one (the same text in the same
 * place, so nothing moves or flashes), otherwise `fallback`.
 */
export function PrerenderedOr({ pathname, fallback }: { pathname: string; fallback: ReactNode }) {
  const element = prerenderedElement(pathname);
  // React owns the host; the server's element lives inside it, moved in once React has cleared
  // #root (which it does when it first commits).
  const adopt = useCallback(
    (host: HTMLDivElement | null) => {
      if (host !== null && element !== null && element.parentElement !== host) host.append(element);
    },
    [element],
  );
  return element === null ? fallback : <div className="prerendered-host" ref={adopt} />;
}
