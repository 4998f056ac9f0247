import { readFileSync } from 'node:fs';
import type { z } from 'zod';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * What another live process recorded in `file` about the embedded server it owns (written while
 * it runs, so that other processes on the same DATA_DIR share that server rather than start a
 * second one on the same files); undefined when the file is missing, malformed, ours or its owner
 * is gone. The caller still checks that the server answers.
 */
export function readRunningServer<T extends { ownerPid: number }>(
  file: string,
  schema: z.ZodType<T>,
): T | undefined {
  let recorded: T;
  try {
    recorded = schema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
  return recorded.ownerPid === process.pid || !isAlive(recorded.ownerPid) ? undefined : recorded;
}
