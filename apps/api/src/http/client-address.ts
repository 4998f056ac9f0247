import type { IncomingMessage } from 'node:http';

/** Express's compiled `trust proxy` setting: whether the sender at `address`, `hop` hops away, is a trusted proxy. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * The client's address as Express's `req.ip` gives it, for requests that do not pass through
 * Express (WebSocket upgrades): the connection's address, then X-Forwarded-For from the right,
 * for as long as the one who sent it is a trusted proxy.
 */
export function clientAddress(request: IncomingMessage, trust: ProxyTrust): string {
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .reverse();
  let address = request.socket.remoteAddress ?? 'unknown';
  for (const [hop, previous] of forwarded.entries()) {
    if (!trust(address, hop)) return address;
    address = previous;
  }
  return address;
}
