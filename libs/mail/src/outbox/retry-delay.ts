const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 5 * 60_000;

/**
 * How long to wait after the `failures`-th failed attempt: 1 s, doubling up to 5 min, each
 * stretched or shrunk by up to a quarter at random, so that messages which failed together (the
 * server was down) do not all come back in the same second.
 */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), LONGEST_RETRY_MS);
  return Math.round(base * (0.75 + random() * 0.5));
}
