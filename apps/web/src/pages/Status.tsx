import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../errors';

/** Loading and error states, the same on every page. */
export function Status({ fetching, error }: { fetching: boolean; error?: CombinedError }) {
  const { t } = useTranslation();
  if (error) {
    return <ErrorMessage error={error} />;
  }
  return fetching ? <p aria-live="polite">{t('loading')}</p> : null;
}
