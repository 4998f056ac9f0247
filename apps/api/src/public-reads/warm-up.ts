import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@app/core';
import { sha256Hex } from './persisted-queries';
import type { PublicReadSource } from './public-read-middleware';
import {
  LIST_DOCUMENT,
  LISTS_DOCUMENT,
  PROPOSALS_DOCUMENT,
  proposalsVariables,
  WARM_SORTS,
  type WarmUpRead,
} from './warm-up-reads';

/** Published lists whose page is warmed (the lists page shows up to 50; the first are read most). */
const MAX_WARM_LISTS = 20;

export interface WarmUpOptions {
  /** The warm-up stops here, done or not: start-up is never held up longer. */
  readonly timeoutMs: number;
  /** Told once, when the warm-up stops early (an error or the time limit). */
  readonly log: (message: string) => void;
}

export interface WarmUpReport {
  /** Reads executed with an answer the cache may store. */
  readonly warmed: number;
  /** Why it stopped early, or null when it did all it meant to. */
  readonly stoppedBy: string | null;
  readonly ms: number;
}

interface Page {
  proposals?: { pageInfo?: { hasNextPage?: boolean; endCursor?: string | null } };
  curatedLists?: { edges?: { node?: { slug?: string } }[] };
}

/**
 * Fills the public-read cache with the web client's public first pages (the ranked page in the
 * orders it offers first and their second pages, the lists page and each published list's page,
 * in every language) by sending the web client's own requests to `listener` (the application,
 * hits-before-Express included) over a private loopback server, before the API listens for
 * anyone. It registers those documents' persisted-query hashes too, so that the web client's
 * first GET by hash is a hit. Bounded by `timeoutMs`; the first error stops it and is logged
 * once; it never throws.
 */
export async function warmUpPublicReads(
  source: PublicReadSource,
  listener: RequestListener,
  options: WarmUpOptions,
): Promise<WarmUpReport> {
  const started = performance.now();
  if (source.cache === null) return { warmed: 0, stoppedBy: null, ms: 0 };
  for (const query of [PROPOSALS_DOCUMENT, LISTS_DOCUMENT, LIST_DOCUMENT]) {
    source.persistedQueries.register(sha256Hex(query), query);
  }
  const server = createServer(listener);
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let warmed = 0;
  let stoppedBy: string | null = null;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address() as AddressInfo;
    const read = async (request: WarmUpRead): Promise<Page> => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': request.language },
        body: JSON.stringify({
          query: request.query,
          operationName: request.operationName,
          variables: request.variables,
        }),
        signal: deadline,
      });
      const body = (await response.json()) as { data?: Page; errors?: unknown[] };
      if (response.status !== 200 || body.data === undefined || body.errors !== undefined) {
        throw new Error(
          `${request.operationName} answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`,
        );
      }
      warmed += 1;
      return body.data;
    };
    const warmLanguage = async (language: Language): Promise<void> => {
      for (const sort of WARM_SORTS) {
        const proposals = { query: PROPOSALS_DOCUMENT, operationName: 'Proposals', language };
        const first = await read({ ...proposals, variables: proposalsVariables(sort, null) });
        const pageInfo = first.proposals?.pageInfo;
        if (pageInfo?.hasNextPage === true && typeof pageInfo.endCursor === 'string') {
          await read({ ...proposals, variables: proposalsVariables(sort, pageInfo.endCursor) });
        }
      }
      const lists = await read({ query: LISTS_DOCUMENT, operationName: 'Lists', variables: {}, language });
      const slugs = (lists.curatedLists?.edges ?? []).flatMap((edge) => edge.node?.slug ?? []);
      for (const slug of slugs.slice(0, MAX_WARM_LISTS)) {
        await read({ query: LIST_DOCUMENT, operationName: 'List', variables: { slug }, language });
      }
    };
    // One language after the other, the default (most readers', and any reader's without
    // Accept-Language) first: when the time limit stops the warm-up (a loaded machine, the ranking
    // index still being verified), it is their answers that are there. An answer that expires in
    // the first seconds is served stale while it is executed again; one never stored is waited for.
    const order = [DEFAULT_LANGUAGE, ...LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE)];
    for (const language of order) await warmLanguage(language);
  } catch (error) {
    stoppedBy = deadline.aborted
      ? `the time limit of ${options.timeoutMs} ms`
      : error instanceof Error
        ? error.message
        : String(error);
    options.log(`Warm-up of public reads stopped after ${warmed} reads: ${stoppedBy}`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
  return { warmed, stoppedBy, ms: performance.now() - started };
}
