import { createServer } from 'node:net';
import { EmbeddedUnavailableError } from './go-binary';

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') {
    throw new EmbeddedUnavailableError('Cannot find a free port on 127.0.0.1.');
  }
  return address.port;
}
