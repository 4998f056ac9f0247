import type { IncomingMessage } from 'node:http';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** One subscription over graphql-ws, with what it received so far. */
export interface LiveSubscription<T> {
  client: Client;
  received: T[];
  errors: unknown[];
  /** The X-Served-By header of the WebSocket upgrade: which process holds the socket, when it says. */
  servedBy: string | undefined;
}

/**
 * Subscribes with `query` on the server (or proxy) at `url`, as the holder of `token` when given;
 * resolves once the subscription has reached the server.
 */
export async function subscribeAt<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<LiveSubscription<T>> {
  let servedBy: string | undefined;
  /** `ws` with the upgrade answer's X-Served-By kept (graphql-ws does not show the handshake). */
  class HandshakeRecordingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.once('upgrade', (response: IncomingMessage) => {
        const header = response.headers['x-served-by'];
        servedBy = Array.isArray(header) ? header[0] : header;
      });
    }
  }
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: HandshakeRecordingWebSocket,
    retryAttempts: 0,
    connectionParams: token === undefined ? undefined : { authorization: `Bearer ${token}` },
  });
  const subscription: LiveSubscription<T> = {
    client,
    received: [],
    errors: [],
    get servedBy() {
      return servedBy;
    },
  };
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  client.subscribe(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) subscription.errors.push(value.errors);
        if (value.data) subscription.received.push(value.data as T);
      },
      error: (error) => subscription.errors.push(error),
      complete: () => undefined,
    },
  );
  await connected;
  // The subscription reaches the server after the connection is acknowledged.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return subscription;
}
