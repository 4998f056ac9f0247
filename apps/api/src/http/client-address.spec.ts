import type { IncomingMessage } from 'node:http';
import express from 'express';
import { clientAddress, type ProxyTrust } from './client-address';

function upgradeRequest(socketAddress: string, forwardedFor?: string): IncomingMessage {
  const headers = forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor };
  return { headers, socket: { remoteAddress: socketAddress } } as unknown as IncomingMessage;
}

/** The trust function Express compiles from a `trust proxy` setting, as the API's bootstrap sets it. */
function trustOf(setting: false | number | string[]): ProxyTrust {
  const app = express();
  app.set('trust proxy', setting);
  return app.get('trust proxy fn') as ProxyTrust;
}

describe('clientAddress', () => {
  it('is the connection address when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress(upgradeRequest('10.0.0.5', '203.0.113.7'), trustOf(false))).toBe('10.0.0.5');
  });

  it('takes the address a trusted proxy saw, and not the one a client wrote before it', () => {
    const trust = trustOf(['10.0.0.5']);
    expect(clientAddress(upgradeRequest('10.0.0.5', '198.51.100.1, 203.0.113.7'), trust)).toBe('203.0.113.7');
    // A client that talks to the API directly is not believed.
    expect(clientAddress(upgradeRequest('203.0.113.9', '198.51.100.1'), trust)).toBe('203.0.113.9');
  });

  it('walks back as many hops as it is told', () => {
    const request = upgradeRequest('10.0.0.5', '198.51.100.1, 203.0.113.7, 10.0.0.9');
    expect(clientAddress(request, trustOf(2))).toBe('203.0.113.7');
    expect(clientAddress(request, trustOf(1))).toBe('10.0.0.9');
  });

  it('is the furthest address when every sender is trusted', () => {
    expect(clientAddress(upgradeRequest('127.0.0.1', '127.0.0.2'), trustOf(['loopback']))).toBe('127.0.0.2');
  });
});
