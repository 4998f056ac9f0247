import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';

/** Loading and error states, the same on every page. */
export function Status({ fetching, error }: { fetching: boolean; error?: CombinedError }) {
  const { t } = useTranslation();
  if (error) {
    return <p role="alert">{t('error', { message: error.graphQLErrors[0]?.message ?? error.message })}</p>;
  }
  return fetching ? <p aria-live="polite">{t('loading')}</p> : null;
}
