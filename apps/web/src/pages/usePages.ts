import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type AnyVariables, type OperationResult, type TypedDocumentNode, useClient } from 'urql';
import { COMMENT_QUERY_CONTEXT } from './commentDocuments';

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * The pages of a comment query loaded so far: "more" adds the page after the last one's cursor.
 * Each page stays subscribed, so urql fetches it again after a mutation on a comment; another
 * `key` (another order or target) starts again at the first page.
 */
export function usePages<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  key: string,
  variablesAt: (after: string | null) => Variables,
  pageInfoOf: (data: Data) => PageInfo | undefined,
) {
  const client = useClient();
  const variables = useRef(variablesAt);
  variables.current = variablesAt;
  const [more, setMore] = useState<{ key: string; afters: string[] }>({ key, afters: [] });
  const afters = useMemo(() => [null, ...(more.key === key ? more.afters : [])], [more, key]);
  const [results, setResults] = useState<Record<string, OperationResult<Data, Variables>>>({});
  const idOf = useCallback((after: string | null) => `${key}:${after ?? ''}`, [key]);

  useEffect(() => {
    const subscriptions = afters.map((after) =>
      client
        .query(query, variables.current(after), COMMENT_QUERY_CONTEXT)
        .subscribe((result) => setResults((previous) => ({ ...previous, [idOf(after)]: result }))),
    );
    return () => {
      for (const subscription of subscriptions) subscription.unsubscribe();
    };
  }, [client, query, afters, idOf]);

  /** Asks the API again for every page (after the live connection was down). */
  const refresh = useCallback(() => {
    for (const after of afters) {
      void client
        .query(query, variables.current(after), { ...COMMENT_QUERY_CONTEXT, requestPolicy: 'network-only' })
        .toPromise();
    }
  }, [client, query, afters]);

  const pages = afters.map((after) => ({ after, result: results[idOf(after)] }));
  const last = pages.at(-1)?.result;
  const pageInfo = last?.data === undefined ? undefined : pageInfoOf(last.data);
  const next = pageInfo?.hasNextPage ? (pageInfo.endCursor ?? null) : null;
  return {
    first: pages[0]?.result,
    /** The pages with an answer, each with the cursor it starts after. */
    loaded: pages.flatMap(({ after, result }) =>
      result?.data === undefined ? [] : [{ after, data: result.data }],
    ),
    loadingMore: pages.length > 1 && last?.data === undefined && last?.error === undefined,
    error: pages.find(({ result }) => result?.error)?.result?.error,
    loadMore:
      next === null
        ? null
        : () => setMore({ key, afters: [...afters.filter((after) => after !== null), next] }),
    refresh,
  };
}
