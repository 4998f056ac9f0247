import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What the platform is and how it treats your data, on every page. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          <strong>{t('appName')}</strong> — {t('design.footer.tagline')}
        </p>
        <nav aria-label={t('design.footer.label')}>
          <ul>
            <li>
              <Link to="/over">{t('design.footer.about')}</Link>
            </li>
            <li>
              <Link to="/privacy">{t('design.footer.privacy')}</Link>
            </li>
            <li>
              <Link to="/lijsten">{t('design.footer.lists')}</Link>
            </li>
            <li>
              <Link to="/statistieken">{t('statistics.link')}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
