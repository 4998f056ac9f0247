import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CLIENT_ROUTES } from '../../../../libs/core/src/web/client-routes';

/** Any path that is no page: the server answers it with status 404 and this page. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const title = t('shell.notFound.title');
  useEffect(() => {
    document.title = `${title} – ${t('appName')}`;
  }, [title, t]);
  return (
    <section className="not-found">
      <h1>{title}</h1>
      <p>{t('shell.notFound.text')}</p>
      <ul>
        <li>
          <Link to={CLIENT_ROUTES.proposals}>{t('shell.notFound.home')}</Link>
        </li>
        <li>
          <Link to={CLIENT_ROUTES.lists}>{t('shell.notFound.lists')}</Link>
        </li>
      </ul>
    </section>
  );
}
