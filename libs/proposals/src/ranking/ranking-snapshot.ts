import { randomUUID } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { Connection } from 'mongoose';
import type { ProposalStatus } from '../proposals/proposal.schema';
import {
  adoptWords,
  codedWords,
  hasOverflow,
  type RankedEntry,
  type RankedOrders,
  shared,
  STORED_SORTS,
  type StoredSort,
} from './ranked-orders';

/**
 * The layout of the file and the meaning of its entries. Raise it whenever either changes (a
 * field, a score's formula, the order of STORED_SORTS): a file of another format is not used.
 */
export const SNAPSHOT_FORMAT = 2;
/** The collection of the marker (one document); left out of backups (database-backup.ts). */
export const SNAPSHOT_MARKER_COLLECTION = 'ranking_snapshots';
const MARKER_ID = 'proposals';

/**
 * The database's side of a snapshot. OPEN from the moment a process takes the ranking index into
 * its hands until it writes a snapshot at its shutdown, CLEAN (with the token of the file
 * written) after that. A crash, another process, a restore (which brings no marker) or another
 * database all leave no CLEAN marker with the token of the file.
 */
interface SnapshotMarker {
  _id: string;
  state: 'OPEN' | 'CLEAN';
  token: string;
  at: Date;
}

/** One entry: id, status, theme id, author id, tags, keyword codes (of the file's words), upvotes, keys in `sorts` order. */
type SnapshotRow = [string, ProposalStatus, string, string, string[], string, number, number[]];

/**
 * The file's first line; then one line with the words of the keyword codes (codedWords); then `count` lines of one SnapshotRow each; then, per sort of `sorts`,
 * one line with the rows' positions in that order (so that the start needs no sort). Line by line, so that neither
 * writing nor reading holds the whole file as one string (the API runs with a 192 MiB heap; the
 * file is about 30 MB at 100,000 proposals).
 */
interface SnapshotHeader {
  format: number;
  database: string;
  token: string;
  sorts: readonly StoredSort[];
  count: number;
}

/** Rows written per write call. */
const ROWS_PER_WRITE = 1_000;

export type SnapshotLoad =
  | {
      entries: RankedEntry[];
      positions: Record<StoredSort, number[]>;
      /** Milliseconds reading the file and counting the proposals (at the same time), for the log. */
      readMs: number;
      countMs: number;
    }
  | { unused: string };

/**
 * A copy of the ranking index in DATA_DIR, written at a clean shutdown and read at the next
 * start instead of every proposal through FerretDB (which decodes each whole document). It is used
 * only when the database's marker says that no process has had the index since it was written,
 * and the number of proposals still matches.
 */
export class RankingSnapshot {
  /** The token of the marker this process set OPEN at start, when it did. */
  private openToken: string | null = null;
  /** The marker as this process found it at start. */
  private claimed: SnapshotMarker | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly connection: Connection,
  ) {}

  private get path(): string {
    return join(this.dataDir, `ranking-index.${this.connection.name}.json`);
  }

  private get markers() {
    return this.connection.collection<SnapshotMarker>(SNAPSHOT_MARKER_COLLECTION);
  }

  /**
   * Marks the database as in use by this process (the marker OPEN under a new token) before it
   * writes anything. Answers whether the marker was CLEAN, so that a snapshot may match it.
   */
  async claim(): Promise<boolean> {
    this.claimed = await this.markers.findOne({ _id: MARKER_ID });
    this.openToken = randomUUID();
    await this.markers.updateOne(
      { _id: MARKER_ID },
      { $set: { state: 'OPEN', token: this.openToken, at: new Date() } },
      { upsert: true },
    );
    return this.claimed?.state === 'CLEAN';
  }

  /**
   * The snapshot's entries when the marker was CLEAN for exactly this file and the number of
   * proposals is still the same, else why not. The file is removed either way: the marker it
   * matched is gone.
   */
  async load(countProposals: () => Promise<number>): Promise<SnapshotLoad> {
    const marker = this.claimed;
    if (marker === null) return { unused: 'no snapshot marker in the database' };
    if (marker.state !== 'CLEAN') return { unused: 'the database was in use since the last snapshot' };
    const stream = createReadStream(this.path, 'utf8');
    const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
    try {
      const first = await lines.next();
      const header = (first.done === true ? null : JSON.parse(first.value)) as SnapshotHeader | null;
      if (header?.format !== SNAPSHOT_FORMAT || header.sorts.join() !== STORED_SORTS.join()) {
        return { unused: 'the snapshot has another format' };
      }
      if (header.database !== this.connection.name || header.token !== marker.token) {
        return { unused: 'the snapshot is of another database or another state of it' };
      }
      const second = await lines.next();
      const translate = second.done === true ? null : adoptWords(JSON.parse(second.value) as string[]);
      if (translate === null) return { unused: 'the snapshot has no words, or too many' };
      // Counted while the file is read: collStats takes about as long as reading it.
      const started = Date.now();
      let countMs = 0;
      const counted = countProposals().then(
        (count) => {
          countMs = Date.now() - started;
          return { count };
        },
        (error: unknown) => ({ error }),
      );
      const entries: RankedEntry[] = [];
      const orders: number[][] = [];
      for (let line = await lines.next(); line.done !== true; line = await lines.next()) {
        if (entries.length < header.count)
          entries.push(entryOf(JSON.parse(line.value) as SnapshotRow, translate));
        else orders.push(JSON.parse(line.value) as number[]);
      }
      const positions = Object.fromEntries(
        STORED_SORTS.map((sort, index) => [sort, orders[index] ?? []]),
      ) as Record<StoredSort, number[]>;
      const readMs = Date.now() - started;
      const answer = await counted;
      if ('error' in answer) {
        return { unused: `the proposals could not be counted (${String(answer.error)})` };
      }
      if (answer.count !== header.count) {
        return { unused: `the snapshot holds ${header.count} proposals, the database ${answer.count}` };
      }
      if (entries.length !== header.count) return { unused: 'the snapshot file is incomplete' };
      return { entries, positions, readMs, countMs };
    } catch (error) {
      return { unused: `no readable snapshot file (${String(error)})` };
    } finally {
      stream.destroy();
      // The marker it matched is gone: the file is of no use any more.
      this.discard();
    }
  }

  /**
   * Writes the snapshot of `entries`, then marks it CLEAN, unless another process set the marker
   * since this one opened it, or `written()` (the count of writes this process applied) moved
   * meanwhile. Answers why it did not, or null.
   */
  async save(orders: RankedOrders, written: () => number): Promise<string | null> {
    if (this.openToken === null) return 'the marker was not opened';
    const writesBefore = written();
    const token = randomUUID();
    const header: SnapshotHeader = {
      format: SNAPSHOT_FORMAT,
      database: this.connection.name,
      token,
      sorts: STORED_SORTS,
      count: orders.size,
    };
    const temporary = `${this.path}.${process.pid}.tmp`;
    let refused: string | null = null;
    const file = await open(temporary, 'w');
    try {
      let lines = [JSON.stringify(header), JSON.stringify(codedWords())];
      const positionOf = new Map<RankedEntry, number>();
      for (const entry of orders.entries()) {
        positionOf.set(entry, positionOf.size);
        const row = rowOf(entry);
        if (row === null) {
          refused = `proposal ${entry.id} cannot be written (a word without code or a key not finite)`;
          break;
        }
        lines.push(JSON.stringify(row));
        if (lines.length >= ROWS_PER_WRITE) {
          await file.write(`${lines.join('\n')}\n`);
          lines = [];
        }
      }
      for (const sort of STORED_SORTS) {
        if (refused !== null) break;
        lines.push(JSON.stringify(orders.inOrder(sort).map((entry) => positionOf.get(entry) ?? -1)));
      }
      await file.write(`${lines.join('\n')}\n`);
      await file.sync();
    } catch (error) {
      refused = `the file could not be written (${String(error)})`;
    } finally {
      await file.close();
    }
    if (refused === null && written() !== writesBefore) refused = 'proposals were written meanwhile';
    if (refused !== null) {
      rmSync(temporary, { force: true });
      return refused;
    }
    await rename(temporary, this.path);
    const marked = await this.markers.updateOne(
      { _id: MARKER_ID, state: 'OPEN', token: this.openToken },
      { $set: { state: 'CLEAN', token, at: new Date() } },
    );
    if (marked.modifiedCount !== 1 || written() !== writesBefore) {
      this.discard();
      return 'another process took the marker, or proposals were written, meanwhile';
    }
    return null;
  }

  /** Removes the file (synchronously: a write after `save` must not leave it behind). */
  discard(): void {
    rmSync(this.path, { force: true });
  }
}

function rowOf(entry: RankedEntry): SnapshotRow | null {
  const keys = STORED_SORTS.map((sort) => entry.keys[sort]);
  if (hasOverflow(entry.keywords) || !keys.every(Number.isFinite)) return null;
  return [
    entry.id,
    entry.status,
    entry.themeId,
    entry.authorId,
    [...entry.tags],
    entry.keywords,
    entry.upvotes,
    keys,
  ];
}

function entryOf(row: SnapshotRow, translate: (codes: string) => string): RankedEntry {
  const [id, status, themeId, authorId, tags, codes, upvotes, keys] = row;
  return {
    id,
    status: shared(status),
    themeId: shared(themeId),
    authorId: shared(authorId),
    tags: tags.map(shared),
    keywords: translate(codes),
    upvotes,
    keys: Object.fromEntries(STORED_SORTS.map((sort, i) => [sort, keys[i] ?? 0])) as Record<
      StoredSort,
      number
    >,
  };
}
