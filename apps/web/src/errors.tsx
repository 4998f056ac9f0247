import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ERROR_REASONS, type ErrorReason, REASON_PARAMS } from '../../../libs/core/src/errors/error-reasons';
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
  /** `extensions.field`: the input the reason is about, as a dotted path (`input.password`). */
  field?: string;
  /** The API's own explanation, in English: for developers (the console), never shown. */
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
  const { params, field } = extensions;
  return {
    code,
    reason: isReason(extensions.reason) ? extensions.reason : undefined,
    params: typeof params === 'object' && params !== null ? (params as Record<string, number>) : undefined,
    ...(typeof field === 'string' ? { field } : {}),
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
 * the reason is unknown), after the translated name of the field it is about. The API's own
 * explanation is English: it goes to the console for developers, never on the page.
 */
export function ErrorMessage({ error }: { error: CombinedError | undefined }) {
  if (!error) return null;
  const [first] = error.graphQLErrors;
  return <RefusalMessage refusal={{ ...refusalOf(first), code: errorCode(error) }} />;
}

/** The last part of a dotted input path (`input.password` → `password`), to name it in the UI. */
export function fieldName(field: string | undefined): string | undefined {
  return field?.split('.').at(-1);
}

/**
 * What a reason's sentence is filled in with: its numbers, and its only number once more as
 * `count`, by which i18next chooses the plural form ("1 dag", "2 dagen").
 */
export function sentenceOptions(
  reason: ErrorReason,
  params: Record<string, number> = {},
): Record<string, number> {
  const names: readonly string[] =
    (REASON_PARAMS as Partial<Record<ErrorReason, readonly string[]>>)[reason] ?? [];
  const [only] = names;
  const count = names.length === 1 && only !== undefined ? params[only] : undefined;
  return count === undefined ? params : { ...params, count };
}

export function RefusalMessage({ refusal }: { refusal: Refusal }) {
  const { t, i18n } = useTranslation();
  const { code, reason, params, field, detail } = refusal;
  useEffect(() => {
    if (detail) console.info(`API refusal ${code}/${reason ?? '-'}: ${detail}`);
  }, [code, reason, detail]);
  const sentence = reason ? t(`reasons.${reason}`, sentenceOptions(reason, params)) : t(`errors.${code}`);
  const name = fieldName(field);
  const fieldKey = `fields.${name}`;
  const label = name && i18n.exists(fieldKey) ? t(fieldKey) : undefined;
  return (
    <p role="alert">
      {label ? t('fields.named', { field: label, sentence: lowerFirst(sentence) }) : sentence}
    </p>
  );
}

/** "Te kort, …" after a field's name reads "Wachtwoord: te kort, …". */
function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLocaleLowerCase() + sentence.slice(1);
}
