import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiProcess } from './api-process';
import { round } from './stats';

/** P3's restart target (issue #20): the first ranked page within 5 s of a restart at 100,000 proposals. */
export const RANKED_RESTART_TARGET_MS = 5_000;
export const RANKED_RESTART_TARGET_SIZE = 100_000;

/**
 * The bench's API stopped cleanly (SIGTERM: it writes its ranking index's snapshot) and started
 * again on the same data: how long until it is ready and answers a ranked page.
 */
export interface RankedRestartResult {
  proposals: number;
  /** What the stopped API logged about its snapshot at shutdown (null: nothing, so none was written). */
  snapshotAtShutdown: string | null;
  /** From spawning the API until `GET /health` answered 200. */
  healthMs: number;
  /** From spawning the API until `proposals(sort: TOP, first: 20)` was answered without errors. */
  firstPageMs: number;
  /** From the restarted API's log: where its ranking index came from, and when it could answer. */
  index: {
    source: 'snapshot' | 'full read' | 'unknown';
    /** From spawning the API until the log line that the index answers. */
    readyMs: number | null;
    message: string | null;
    /** Why the snapshot was not used, when the API said so. */
    unused: string | null;
  };
  /** The machine's 1-minute load average before the stop (shared, 2 cores). */
  loadAverage: number;
}

interface LogLine {
  time: number;
  msg: string;
}

/** The size of the log file, where the lines of what comes next begin. */
export function logOffset(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The API's JSON (pino) log lines written to `file` after `offset`; other output is skipped. */
export function logLinesFrom(file: string, offset: number): LogLine[] {
  const length = logOffset(file) - offset;
  if (length <= 0) return [];
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, length, offset);
  } finally {
    closeSync(fd);
  }
  const lines: LogLine[] = [];
  for (const text of buffer.toString('utf8').split('\n')) {
    if (!text.startsWith('{')) continue;
    try {
      const parsed = JSON.parse(text) as Partial<LogLine>;
      if (typeof parsed.time === 'number' && typeof parsed.msg === 'string') {
        lines.push({ time: parsed.time, msg: parsed.msg });
      }
    } catch {
      // a line cut by a concurrent write, or not the API's
    }
  }
  return lines;
}

/** What `RankingIndex` logs at shutdown about the snapshot, if anything. */
export function snapshotShutdownMessage(lines: readonly LogLine[]): string | null {
  return (
    lines.find((line) =>
      /^(Ranking index snapshot (of|not written)|No ranking index snapshot written)/.test(line.msg),
    )?.msg ?? null
  );
}

/** Where the index of a start came from and when it answered, from `RankingIndex`'s log lines. */
export function indexOfStart(
  lines: readonly LogLine[],
  spawnedAtEpochMs: number,
): RankedRestartResult['index'] {
  const unused = /^Ranking index snapshot not used: (.*?)\.?$/.exec(
    lines.find((line) => line.msg.startsWith('Ranking index snapshot not used: '))?.msg ?? '',
  )?.[1];
  const ready = lines.find((line) =>
    /^Ranking index of \d+ proposals (loaded from the snapshot|built) in /.test(line.msg),
  );
  return {
    source:
      ready === undefined ? 'unknown' : ready.msg.includes('from the snapshot') ? 'snapshot' : 'full read',
    readyMs: ready === undefined ? null : ready.time - spawnedAtEpochMs,
    message: ready?.msg ?? null,
    unused: unused ?? null,
  };
}

/**
 * Stops the API (`stop`, by SIGTERM), starts it again (`start`, probing `/health`) and asks
 * `firstPage` until it answers; the index's source and readiness come from the log afterwards.
 */
export async function measureRankedRestart(options: {
  proposals: number;
  logFile: string;
  stop: () => Promise<void>;
  start: () => Promise<ApiProcess>;
  firstPage: (api: ApiProcess) => Promise<unknown>;
}): Promise<{ api: ApiProcess; result: RankedRestartResult }> {
  const loadAverage = round(loadavg()[0] ?? 0);
  const beforeStop = logOffset(options.logFile);
  await options.stop();
  const snapshotAtShutdown = snapshotShutdownMessage(logLinesFrom(options.logFile, beforeStop));
  const beforeStart = logOffset(options.logFile);
  const api = await options.start();
  const deadline = performance.now() + 300_000;
  for (;;) {
    try {
      await options.firstPage(api);
      break;
    } catch (error) {
      if (performance.now() > deadline) {
        throw new Error('No ranked page within 300 s of the restart', { cause: error });
      }
      await sleep(25);
    }
  }
  const firstPageMs = performance.now() - api.spawnedAt;
  // The log is written asynchronously: wait a little for the line the index answers by.
  let index = indexOfStart(logLinesFrom(options.logFile, beforeStart), api.spawnedAtEpochMs);
  for (let tries = 0; index.readyMs === null && tries < 50; tries += 1) {
    await sleep(100);
    index = indexOfStart(logLinesFrom(options.logFile, beforeStart), api.spawnedAtEpochMs);
  }
  return {
    api,
    result: {
      proposals: options.proposals,
      snapshotAtShutdown,
      healthMs: round(api.startupMs),
      firstPageMs: round(firstPageMs),
      index: { ...index, readyMs: index.readyMs === null ? null : round(index.readyMs) },
      loadAverage,
    },
  };
}

function seconds(ms: number | null): string {
  return ms === null ? '–' : `${round(ms / 1000, 2)} s`;
}

/** The Targets row; judged only at the target's size. */
export function rankedRestartTargetRow(
  restart: RankedRestartResult | undefined,
  verdict: (met: boolean | null) => string,
): string {
  const atSize = restart !== undefined && restart.proposals >= RANKED_RESTART_TARGET_SIZE;
  return `| P3 first ranked page after a restart at ${restart?.proposals ?? RANKED_RESTART_TARGET_SIZE} proposals | ${restart ? `${seconds(restart.firstPageMs)} (index from ${restart.index.source})` : '–'} | ≤ ${RANKED_RESTART_TARGET_MS / 1000} s${atSize ? '' : ` at ${RANKED_RESTART_TARGET_SIZE}`} | ${verdict(atSize ? restart.firstPageMs <= RANKED_RESTART_TARGET_MS : null)} |`;
}

/** The table of the P3 section. */
export function renderRankedRestart(restart: RankedRestartResult | undefined): string[] {
  if (restart === undefined) return [];
  return [
    `### First ranked page after a restart at ${restart.proposals} proposals`,
    '',
    'After the measurements at the largest size the API is stopped cleanly (SIGTERM: it writes the snapshot of its',
    'ranking index to `DATA_DIR`) and started again on the same data; this is its second start on this corpus',
    "(the first, after seeding with the raw driver, builds in full: the snapshot's count rightly does not",
    'match). Timed from spawning the API: `GET /health` answering 200, and `proposals(sort: TOP, first: 20)`',
    "answered (asked again until it is); the index's source and the moment it answered are from the API's log.",
    `Machine load average before the stop: ${restart.loadAverage}.`,
    '',
    '| Proposals | To `/health` | To the first ranked page | Index answers after | Index from | At the shutdown before |',
    '| --- | --- | --- | --- | --- | --- |',
    `| ${restart.proposals} | ${seconds(restart.healthMs)} | ${seconds(restart.firstPageMs)} | ${seconds(restart.index.readyMs)} | ${restart.index.source}${restart.index.unused ? ` (snapshot not used: ${restart.index.unused})` : ''} | ${restart.snapshotAtShutdown ?? 'no snapshot written (nothing logged)'} |`,
    '',
    ...(restart.index.message ? [`The API's log: "${restart.index.message}"`, ''] : []),
  ];
}
