import type { Client as LiveClient } from 'graphql-ws';
import { cacheExchange, Client, fetchExchange, subscriptionExchange } from 'urql';
import { accessToken, onAccessTokenChange } from './auth';
import { currentLanguage } from './i18n';
import { persistedQueryFetch } from './persistedQueries';

function liveUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

let socket: WebSocket | null = null;
let connected = false;
const liveListeners = new Set<() => void>();

function setConnected(value: boolean): void {
  connected = value;
  for (const listener of liveListeners) listener();
}

/**
 * graphql-ws for live vote counts and notifications, loaded and connected when a page first
 * subscribes (most visitors' pages never do). The server reads the access token from
 * connectionParams once per connection, so a new token (sign-in, refresh, sign-out) reconnects;
 * graphql-ws then subscribes again to everything that was running.
 */
let live: Promise<LiveClient> | null = null;

function liveClient(): Promise<LiveClient> {
  live ??= import('graphql-ws').then(({ createClient }) =>
    createClient({
      url: liveUrl,
      lazy: true,
      connectionParams: () => {
        const token = accessToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      retryAttempts: Infinity,
      shouldRetry: () => true,
      // Quick after a restart, backing off (with jitter) to at most half a minute while the API is away.
      retryWait: (retries) =>
        new Promise((resolve) =>
          setTimeout(resolve, Math.min(30_000, 200 * 2 ** retries) + Math.random() * 300),
        ),
      on: {
        opened: (opened) => {
          socket = opened as WebSocket;
        },
        connected: () => setConnected(true),
        closed: () => {
          socket = null;
          setConnected(false);
        },
      },
    }),
  );
  // A chunk that failed to load (a network blip) is asked for again by the next subscription.
  live.catch(() => {
    live = null;
  });
  return live;
}

onAccessTokenChange(() => {
  // 4205 is not a fatal close code: graphql-ws reconnects, with the new connectionParams.
  if (socket?.readyState === WebSocket.OPEN) socket.close(4205, 'Client Restart');
});

/** Whether the live connection is up; for useSyncExternalStore. */
export const liveConnection = {
  subscribe: (listener: () => void): (() => void) => {
    liveListeners.add(listener);
    return () => liveListeners.delete(listener);
  },
  connected: (): boolean => connected,
};

/**
 * The API's GraphQL endpoint, asked in the reader's language; subscriptions over graphql-ws.
 * Make a new one when the language or the signed-in user changes: its document cache then holds
 * nothing in the other language or of the other user.
 */
export const createGraphQLClient = (): Client =>
  new Client({
    url: '/graphql',
    // The document cache refetches the queries a mutation's result types touch (vote counts, lists).
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => {
            let unsubscribe: (() => void) | null = null;
            let cancelled = false;
            liveClient().then(
              (client) => {
                if (!cancelled)
                  unsubscribe = client.subscribe({ ...request, query: request.query ?? '' }, sink);
              },
              (error: unknown) => sink.error(error),
            );
            return {
              unsubscribe: () => {
                cancelled = true;
                unsubscribe?.();
              },
            };
          },
        }),
      }),
    ],
    // POST, except anonymous queries, which persistedQueryFetch sends as persisted-query GETs
    // (cacheable by the API, the browser and proxies).
    preferGetMethod: false,
    fetch: persistedQueryFetch(),
    fetchOptions: () => {
      const token = accessToken();
      return {
        headers: {
          'accept-language': currentLanguage(),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      };
    },
  });
