import { lazy, Suspense, useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useAuth } from '../auth';
import { KeptServerPage, PageLoading, prerenderedElement } from '../prerendered';

const ListPage = lazy(() => import('./ListPage').then((m) => ({ default: m.ListPage })));
const ListProgress = lazy(() => import('./ListProgress'));

/**
 * A published list's address. Most of its readers arrive in crowds from a link, not signed in,
 * on a phone: they get the server's HTML of the list (apps/api/src/web/list-page-html.ts), and
 * the client keeps it as it is, adding only the follow-up chart in the place the server left for
 * it. The client renders the page itself (ListPage) when the server's cannot serve: for a member
 * who is signed in (following, recording follow-up), in another language than the list's, and
 * once a reader opens a discussion.
 */
export function ListRoute() {
  const { slug = '' } = useParams();
  const { pathname, hash } = useLocation();
  const { session } = useAuth();
  const { i18n } = useTranslation();
  const [needsClient, setNeedsClient] = useState(false);
  const onNeedsClient = useCallback(() => setNeedsClient(true), []);
  const serverPage = prerenderedElement(pathname);
  const kept =
    serverPage !== null &&
    !needsClient &&
    session === null &&
    serverPage.querySelector('article')?.lang === i18n.language &&
    // A link to a fold only the client can show (an item's discussion) opens it, which the client does.
    ![...serverPage.querySelectorAll('[data-client-fold]')].some((fold) => `#${fold.id}` === hash);
  if (!kept) {
    return (
      <Suspense fallback={<PageLoading pathname={pathname} />}>
        <ListPage />
      </Suspense>
    );
  }
  const chartSlot = serverPage.querySelector('[data-client-slot="list-progress"]');
  return (
    <>
      <KeptServerPage element={serverPage} onNeedsClient={onNeedsClient} />
      {chartSlot !== null &&
        createPortal(
          <Suspense fallback={null}>
            <ListProgress slug={slug} />
          </Suspense>,
          chartSlot,
        )}
    </>
  );
}
