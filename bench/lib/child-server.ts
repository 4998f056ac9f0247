import type { Server } from 'node:http';

/**
 * For a baseline server run as a child process (bare-server.ts, same-answer-server.ts): listens on
 * a free local port, tells the parent the port over IPC, and exits when the parent disconnects.
 */
export function serveToParent(server: Server): void {
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (address !== null && typeof address !== 'string') {
      process.send?.({ port: address.port });
    }
  });
  process.on('disconnect', () => process.exit(0));
}
