import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip, type Gzip } from 'node:zlib';
import { mongo } from 'mongoose';
import { InvalidInputError } from '@app/core';

const { EJSON } = mongo.BSON;

export const BACKUP_FORMAT = 'kabinet-backup';
/** The layout of the file (the lines below); a reader refuses any other. */
export const BACKUP_FORMAT_VERSION = 1;
/**
 * The shape of the stored documents. Raise it with a change to stored documents that older code
 * cannot read; a restore refuses a backup of a newer schema than its own.
 */
export const DATA_SCHEMA_VERSION = 1;

/** Canonical Extended JSON keeps every BSON type (Int32 apart from Double, ObjectId, Date, Decimal128, Binary). */
const CANONICAL = { relaxed: false } as const;

export type StoredDocument = Record<string, unknown>;

/** An index as the file keeps it: what `createIndexes` needs to make it again. */
export interface IndexSpec {
  name: string;
  key: Record<string, mongo.IndexDirection>;
  unique?: boolean;
  sparse?: boolean;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_FORMAT_VERSION;
  schemaVersion: number;
  /** The version of the application that wrote the backup. */
  appVersion: string;
  createdAt: Date;
  /** In the order their sections follow. */
  collections: string[];
}

export type BackupEntry =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'collection'; name: string; indexes: IndexSpec[] }
  | { kind: 'document'; collection: string; document: StoredDocument }
  | { kind: 'end'; counts: Record<string, number> };

/** Marks a section line; stored documents never have a top-level field that starts with `$`. */
const SECTION_KEY = '$collection';
const END_KEY = '$end';

function line(value: StoredDocument): string {
  return `${EJSON.stringify(value, CANONICAL)}\n`;
}

/**
 * Writes a backup file: gzip of Extended JSON lines (a header, then per collection a section line
 * and its documents, then an end line with the counts). Streamed: only one document is held at a
 * time. The file appears under its name only once it is complete; until then it is `<path>.partial`.
 */
export class BackupWriter {
  private readonly counts: Record<string, number> = {};
  private current: string | undefined;

  private constructor(
    private readonly path: string,
    private readonly partialPath: string,
    private readonly gzip: Gzip,
    private readonly written: Promise<void>,
  ) {}

  static async open(path: string, header: BackupHeader): Promise<BackupWriter> {
    const partialPath = `${path}.partial`;
    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(partialPath));
    // Observed here so that a failed write does not go unhandled before finish() awaits it.
    written.catch(() => undefined);
    const writer = new BackupWriter(path, partialPath, gzip, written);
    await writer.write(line({ ...header }));
    return writer;
  }

  async startCollection(name: string, indexes: IndexSpec[]): Promise<void> {
    this.current = name;
    this.counts[name] = 0;
    await this.write(line({ [SECTION_KEY]: name, indexes }));
  }

  async writeDocument(document: StoredDocument): Promise<void> {
    if (this.current === undefined) {
      throw new Error('writeDocument before startCollection');
    }
    this.counts[this.current] = (this.counts[this.current] ?? 0) + 1;
    await this.write(line(document));
  }

  /** Writes the end line, closes the file and gives it its name; answers the counts. */
  async finish(): Promise<Record<string, number>> {
    await this.write(line({ [END_KEY]: { counts: this.counts } }));
    this.gzip.end();
    await this.written;
    renameSync(this.partialPath, this.path);
    return { ...this.counts };
  }

  /** Stops writing and removes the partial file. */
  async abort(): Promise<void> {
    this.gzip.destroy();
    await this.written.catch(() => undefined);
    rmSync(this.partialPath, { force: true });
  }

  private async write(text: string): Promise<void> {
    if (!this.gzip.write(text)) {
      await once(this.gzip, 'drain');
    }
  }
}

function refuse(path: string, problem: string): InvalidInputError {
  return new InvalidInputError(`${path} is not a usable backup: ${problem}`, 'in');
}

async function* lines(path: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const gunzip = createGunzip();
  const source = createReadStream(path);
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    pending += decoder.write(chunk);
    let end = pending.indexOf('\n');
    while (end !== -1) {
      yield pending.slice(0, end);
      pending = pending.slice(end + 1);
      end = pending.indexOf('\n');
    }
  }
  pending += decoder.end();
  if (pending !== '') {
    yield pending;
  }
}

/** Documents keep their BSON types (CANONICAL); the file's own lines read numbers as numbers (relaxed). */
function parseLine(path: string, text: string, number: number, relaxed = false): StoredDocument {
  try {
    const value: unknown = EJSON.parse(text, { relaxed });
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as StoredDocument;
    }
  } catch {
    // Reported below with the line number.
  }
  throw refuse(path, `line ${number} is not an Extended JSON object`);
}

function parseHeader(path: string, value: StoredDocument): BackupHeader {
  if (value.format !== BACKUP_FORMAT) {
    throw refuse(path, `it does not start with a ${BACKUP_FORMAT} header`);
  }
  if (value.version !== BACKUP_FORMAT_VERSION) {
    throw refuse(path, `format version ${String(value.version)} is not ${BACKUP_FORMAT_VERSION}`);
  }
  const { schemaVersion, appVersion, createdAt, collections } = value;
  if (
    typeof schemaVersion !== 'number' ||
    typeof appVersion !== 'string' ||
    !(createdAt instanceof Date) ||
    !Array.isArray(collections) ||
    !collections.every((name): name is string => typeof name === 'string')
  ) {
    throw refuse(path, 'its header is incomplete');
  }
  if (schemaVersion > DATA_SCHEMA_VERSION) {
    throw refuse(
      path,
      `it holds data of schema version ${schemaVersion}, newer than this version's ${DATA_SCHEMA_VERSION}; restore it with the version that wrote it (${appVersion})`,
    );
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    schemaVersion,
    appVersion,
    createdAt,
    collections,
  };
}

function sameCounts(a: Record<string, number>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => b[key] === a[key]);
}

/**
 * Reads a backup file entry by entry, streamed, and checks it as it goes: the header, sections in
 * the header's order, and an end line whose counts match what was read. A file cut short (or
 * damaged) throws an InvalidInputError, at the latest after its last entry, so a caller that
 * must not act on a partial file reads it through once before acting on it.
 */
export async function* readBackup(path: string): AsyncGenerator<BackupEntry> {
  let header: BackupHeader | undefined;
  let section: string | undefined;
  const counts: Record<string, number> = {};
  let ended = false;
  let number = 0;
  try {
    for await (const text of lines(path)) {
      number += 1;
      if (ended) {
        throw refuse(path, `line ${number} follows the end line`);
      }
      const value = parseLine(path, text, number);
      if (header === undefined) {
        header = parseHeader(path, parseLine(path, text, number, true));
        yield { kind: 'header', header };
      } else if (typeof value[SECTION_KEY] === 'string') {
        const name = value[SECTION_KEY];
        const expected = header.collections[Object.keys(counts).length];
        if (name !== expected) {
          throw refuse(path, `line ${number} starts collection ${name} where ${String(expected)} was due`);
        }
        section = name;
        counts[name] = 0;
        const { indexes } = parseLine(path, text, number, true);
        yield {
          kind: 'collection',
          name,
          indexes: Array.isArray(indexes) ? (indexes as IndexSpec[]) : [],
        };
      } else if (END_KEY in value) {
        const end = parseLine(path, text, number, true)[END_KEY] as {
          counts?: Record<string, unknown>;
        } | null;
        if (
          Object.keys(counts).length !== header.collections.length ||
          !sameCounts(counts, end?.counts ?? {})
        ) {
          throw refuse(path, 'its end line does not match the documents in it');
        }
        ended = true;
        yield { kind: 'end', counts: { ...counts } };
      } else if (section === undefined) {
        throw refuse(path, `line ${number} is a document outside any collection`);
      } else {
        counts[section] = (counts[section] ?? 0) + 1;
        yield { kind: 'document', collection: section, document: value };
      }
    }
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw refuse(
      path,
      `it is truncated or damaged (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!ended) {
    throw refuse(path, `it is truncated: it ends after line ${number} without its end line`);
  }
}
