import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/** What a page can tell the reader on the page it sends them to (after signing out, say). */
const NOTICES = ['passwordReset', 'passwordChanged', 'accountDeleted'] as const;
export type NoticeKey = (typeof NOTICES)[number];

function noticeOf(state: unknown): NoticeKey | undefined {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return NOTICES.find((key) => key === notice);
}

/** Navigates to `to` with a notice shown there. */
export function useNavigateWithNotice(): (to: string, notice: NoticeKey) => void {
  const navigate = useNavigate();
  return (to, notice) => void navigate(to, { state: { notice } });
}

/** The notice the previous page left, at the top of the content. */
export function Notice() {
  const { t } = useTranslation();
  const notice = noticeOf(useLocation().state);
  return notice ? (
    <p role="status" className="notice">
      {t(`notices.${notice}`)}
    </p>
  ) : null;
}

/**
 * The browser tab's title: this page's, then the site's name; the site's name alone while the
 * page's own title (a suggestion's, a list's) is still loading.
 */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const site = t('appName');
  useEffect(() => {
    document.title = title ? `${title} — ${site}` : site;
    return () => {
      document.title = site;
    };
  }, [title, site]);
}
