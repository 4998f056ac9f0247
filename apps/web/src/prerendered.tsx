import { type ReactNode, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { matchClientRoute } from '../../../libs/core/src/web/client-routes';

/**
 * The page the server rendered into #root (a published list, see apps/api/src/web/list-page-html.ts),
 * taken before React replaces it: the client keeps it as the page for a visitor (KeptServerPage),
 * or shows it again while its own page's code and query load, so the text painted without script
 * stays where it is. The element itself is kept, not a copy of its HTML: the browser need not parse
 * and lay it out again, and what the reader did on it (a fold opened, text selected) stays.
 */
let prerendered: {
  path: string;
  element: HTMLElement;
  /** What had the keyboard focus on it when the client went on to render the page itself. */
  focused?: Element | null;
} | null = null;

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
  const { element } = prerendered;
  const folds = (card: Element) => [...card.querySelectorAll<HTMLDetailsElement>(':scope > details')];
  const cards = (page: Element) => page.querySelectorAll<HTMLElement>('li.card[id]');
  const theirCards = new Map([...cards(rendered)].map((card) => [card.id, card]));
  for (const card of cards(element)) {
    const theirCard = theirCards.get(card.id);
    if (theirCard === undefined) continue;
    const theirFolds = folds(theirCard);
    folds(card).forEach((fold, index) => {
      const their = theirFolds[index];
      if (fold.open && their !== undefined) their.open = true;
    });
  }
  // The keyboard stays where it was: on the same link or fold of the same item.
  const focused = prerendered.focused ?? document.activeElement;
  const card = focused?.closest('li.card[id]');
  if (focused && card && element.contains(card)) {
    const index = [...card.querySelectorAll(FOCUSABLE)].indexOf(focused);
    theirCards.get(card.id)?.querySelectorAll<HTMLElement>(FOCUSABLE)[index]?.focus();
  }
  prerendered = null;
}

const FOCUSABLE = 'a[href], summary, button';

/** Forgets the server's element: the reader left its page, and a later visit shows the client's. */
function dropPrerendered(element: HTMLElement): void {
  if (prerendered?.element === element) prerendered = null;
}

/**
 * The server's element of the page, left as it is: the client does not render the same text
 * again (on a phone that blocks input for hundreds of milliseconds). It stays a page of the
 * client's: its links to the client's pages go through the router, and a fold marked
 * `data-client-fold` (one whose content only the client can show) calls `onNeedsClient` when
 * the reader opens it, for the caller to render the page itself.
 */
export function KeptServerPage({
  element,
  onNeedsClient,
}: {
  element: HTMLElement;
  onNeedsClient: () => void;
}) {
  const navigate = useNavigate();
  useEffect(() => {
    const follow = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (
        !(link instanceof HTMLAnchorElement) ||
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey ||
        link.target !== '' ||
        link.hasAttribute('download')
      ) {
        return;
      }
      const url = new URL(link.href);
      if (url.origin !== window.location.origin || matchClientRoute(url.pathname) === null) return;
      event.preventDefault();
      dropPrerendered(element);
      void navigate(`${url.pathname}${url.search}${url.hash}`);
    };
    const toggled = (event: Event) => {
      const fold = event.target;
      if (fold instanceof HTMLDetailsElement && fold.open && fold.hasAttribute('data-client-fold')) {
        if (prerendered?.element === element) prerendered.focused = document.activeElement;
        onNeedsClient();
      }
    };
    element.addEventListener('click', follow);
    // `toggle` does not bubble: listened for on the way down.
    element.addEventListener('toggle', toggled, true);
    return () => {
      element.removeEventListener('click', follow);
      element.removeEventListener('toggle', toggled, true);
    };
  }, [element, navigate, onNeedsClient]);
  return <AdoptedElement element={element} />;
}

/**
 * While a page loads: the server's element of it when there is one (the same text in the same
 * place, so nothing moves or flashes), otherwise `fallback`.
 */
export function PrerenderedOr({ pathname, fallback }: { pathname: string; fallback: ReactNode }) {
  const element = prerenderedElement(pathname);
  return element === null ? fallback : <AdoptedElement element={element} />;
}

/**
 * While a page's code loads: the server's element of it, or a screen of room, so that the page's
 * arrival does not push the footer about.
 */
export function PageLoading({ pathname }: { pathname: string }) {
  const { t } = useTranslation();
  return (
    <PrerenderedOr
      pathname={pathname}
      fallback={
        <p role="status" className="page-loading">
          {t('shell.loadingPage')}
        </p>
      }
    />
  );
}

/**
 * React owns the host; the server's element lives inside it, moved in once React has cleared
 * #root (which it does when it first commits).
 */
function AdoptedElement({ element }: { element: HTMLElement }) {
  const adopt = useCallback(
    (host: HTMLDivElement | null) => {
      if (host !== null && element.parentElement !== host) host.append(element);
    },
    [element],
  );
  return <div className="prerendered-host" ref={adopt} />;
}
