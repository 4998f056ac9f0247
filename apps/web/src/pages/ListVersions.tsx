import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../format';
import { currentLanguage } from '../i18n';

/** The path of one published version of a list, compared with another when `compareWith` is set. */
export function versionPath(slug: string, version: number, compareWith?: number): string {
  const path = `/lijsten/${slug}/versie/${version}`;
  return compareWith === undefined ? path : `${path}?vergelijk=${compareWith}`;
}

/** Every published version of a list with a link to it, and to what changed since the one before. */
export function ListVersions({
  slug,
  versions,
  current,
}: {
  slug: string;
  versions: readonly { version: number; publishedAt: string }[];
  /** The version on screen, not linked. */
  current?: number;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (versions.length === 0) return null;
  return (
    <nav aria-label={t('listVersions.label')} className="list-versions">
      <h2>{t('listVersions.label')}</h2>
      <ul>
        {versions.map(({ version, publishedAt }) => (
          <li key={version}>
            {version === current ? (
              <strong aria-current="page">{t('listVersions.version', { version })}</strong>
            ) : (
              <Link to={versionPath(slug, version)}>{t('listVersions.version', { version })}</Link>
            )}{' '}
            <span className="meta">{formatDate(publishedAt, language)}</span>
            {version > 1 && (
              <>
                {' '}
                ·{' '}
                <Link to={versionPath(slug, version, version - 1)}>
                  {t('listVersions.changesIn', { version })}
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
