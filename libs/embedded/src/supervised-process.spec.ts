import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { isAlive, processIds, waitFor } from '../../../test/support/processes';
import { EmbeddedUnavailableError } from './go-binary';
import { type ServerProcess, SupervisedProcess } from './supervised-process';

/** A stand-in server: says "ready", exits when its stdin closes. */
const SERVER = `
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
console.log('ready');
setInterval(() => {}, 1000);
`;

async function printsReady(child: ServerProcess): Promise<void> {
  const lines = createInterface({ input: child.stdout });
  const [line] = (await once(lines, 'line')) as [string];
  lines.close();
  if (line !== 'ready') throw new EmbeddedUnavailableError(`unexpected: ${line}`);
}

function supervise(script: string): Promise<SupervisedProcess> {
  return SupervisedProcess.start({
    name: 'test server',
    binaryPath: process.execPath,
    args: () => ['-e', script],
    whenReady: printsReady,
    unavailable: (message) => new EmbeddedUnavailableError(message),
    startTimeoutMs: 10_000,
  });
}

describe('SupervisedProcess', () => {
  it('restarts a process that exits unexpectedly, and stops it for good when asked', async () => {
    const server = await supervise(SERVER);
    try {
      const first = server.pid!;
      expect(server.running).toBe(true);
      process.kill(first, 'SIGKILL');
      await waitFor('a restarted server', () => server.running && server.pid !== first, 5_000);
      expect(isAlive(server.pid!)).toBe(true);

      const second = server.pid!;
      await server.stop();
      expect(server.running).toBe(false);
      expect(isAlive(second)).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(server.pid).toBe(second);
    } finally {
      await server.stop();
    }
  });

  it("keeps the program out of this process's group, so that a terminal's Ctrl-C reaches only this process", async () => {
    const server = await supervise(SERVER);
    try {
      const { parent, group } = processIds(server.pid!);
      expect(parent).toBe(process.pid);
      expect(group).not.toBe(processIds('self').group);
    } finally {
      await server.stop();
    }
  });

  it('fails start-up with the end of what the process wrote to stderr when it exits', async () => {
    const failed = supervise(`console.error('no such port'); process.exit(3);`);
    await expect(failed).rejects.toThrow(EmbeddedUnavailableError);
    await expect(failed).rejects.toThrow(/The test server exited during start-up \(code 3\): no such port/);
  });
});
