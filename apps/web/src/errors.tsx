import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ERROR_REASONS, type ErrorReason } from '../../../libs/core/src/errors/error-reasons';
import { GRAPHQL_ERROR_CODES } from '../../../libs/core/src/errors/graphql-error-codes';

/** The `extensions.code` values the API sends (its own table, libs/core), plus what the client adds. */
export const ERROR_CODES = [...GRAPHQL_ERROR_CODES, 'NETWORK', 'UNKNOWN'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why the API refused a request, as far as the client can translate it. */
export interface Refusal {
  code: ErrorCode;
  /** `extensions.reason`, when it is one of the API's table. */
  reason?: ErrorReason;
  /** `extensions.params`: the numbers the reason's sentence needs. */
  params?: Record<string, number>;
  /** The API's own explanation, in English. */
  detail?: string;
}

function isReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && Object.hasOwn(ERROR_REASONS, value);
}

/** The refusal described by one GraphQL error's message and extensions. */
export function refusalOf(
  error: { message: string; extensions?: Record<string, unknown> } | undefined,
): Refusal {
  const extensions = error?.extensions ?? {};
  const code = ERROR_CODES.find((candidate) => candidate === extensions.code) ?? 'UNKNOWN';
  const params = extensions.params;
  return {
    code,
    reason: isReason(extensions.reason) ? extensions.reason : undefined,
    params: typeof params === 'object' && params !== null ? (params as Record<string, number>) : undefined,
    detail: error?.message,
  };
}

/** What kind of failure an error from urql is, by the API's error code. */
export function errorCode(error: Pick<CombinedError, 'graphQLErrors' | 'networkError'>): ErrorCode {
  const [first] = error.graphQLErrors;
  if (first) {
    const { code } = refusalOf(first);
    if (code !== 'UNKNOWN') return code;
  }
  return error.networkError ? 'NETWORK' : 'UNKNOWN';
}

/**
 * An API error in the reader's language: a translated sentence for its reason (for its code when
 * the reason is unknown), then the API's own explanation (in English, marked as such) when it
 * says more, such as which rule refused it.
 */
export function ErrorMessage({ error }: { error: CombinedError | undefined }) {
  if (!error) return null;
  const [first] = error.graphQLErrors;
  return <RefusalMessage refusal={{ ...refusalOf(first), code: errorCode(error) }} />;
}

export function RefusalMessage({ refusal }: { refusal: Refusal }) {
  const { t } = useTranslation();
  const { code, reason, params, detail } = refusal;
  const shown = code === 'INTERNAL_SERVER_ERROR' ? undefined : detail;
  return (
    <p role="alert">
      {reason ? t(`reasons.${reason}`, params) : t(`errors.${code}`)}
      {shown && (
        <>
          {' '}
          <span lang="en">{shown}</span>
        </>
      )}
    </p>
  );
}
