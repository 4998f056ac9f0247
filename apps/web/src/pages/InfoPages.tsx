import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What the platform is, the case it was built for, and who runs it. */
export function AboutPage() {
  const { t } = useTranslation();
  return (
    <article className="prose">
      <h1>{t('design.about.title')}</h1>
      <h2>{t('design.about.what')}</h2>
      <p>{t('design.about.whatText')}</p>
      <h2>{t('design.about.modelCase')}</h2>
      <p>{t('design.about.modelCaseText')}</p>
      <h2>{t('design.about.who')}</h2>
      <p>{t('design.about.whoText')}</p>
      <p>
        <Link to="/privacy">{t('design.about.privacyLink')}</Link>
      </p>
    </article>
  );
}

const PRIVACY_SECTIONS = ['stored', 'basis', 'copy', 'delete', 'kept', 'request'] as const;

/** A readable summary of docs/PRIVACY.md. */
export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <article className="prose">
      <h1>{t('design.privacy.title')}</h1>
      <p>{t('design.privacy.intro')}</p>
      {PRIVACY_SECTIONS.map((section) => (
        <section key={section}>
          <h2>{t(`design.privacy.${section}Title`)}</h2>
          <p>{t(`design.privacy.${section}`)}</p>
        </section>
      ))}
    </article>
  );
}
