import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

/** The `extensions.code` values the API sends (libs/core graphql-error-codes), plus what the client adds. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
  'UNKNOWN',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What kind of failure an error from urql is, by the API's error code. */
export function errorCode(error: Pick<CombinedError, 'graphQLErrors' | 'networkError'>): ErrorCode {
  const code = error.graphQLErrors[0]?.extensions.code;
  const known = ERROR_CODES.find((candidate) => candidate === code);
  if (known) return known;
  return error.networkError ? 'NETWORK' : 'UNKNOWN';
}

/**
 * An API error in the reader's language: a translated sentence for its code, then the API's own
 * explanation (in English, marked as such) when it says more, such as which rule refused it.
 */
export function ErrorMessage({ error }: { error: CombinedError | undefined }) {
  if (!error) return null;
  const code = errorCode(error);
  return <CodedErrorMessage code={code} detail={error.graphQLErrors[0]?.message} />;
}

export function CodedErrorMessage({ code, detail }: { code: ErrorCode; detail: string | undefined }) {
  const { t } = useTranslation();
  const shown = code === 'INTERNAL_SERVER_ERROR' ? undefined : detail;
  return (
    <p role="alert">
      {t(`errors.${code}`)}
      {shown && (
        <>
          {' '}
          <span lang="en">{shown}</span>
        </>
      )}
    </p>
  );
}
