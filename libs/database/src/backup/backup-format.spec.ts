import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { mongo } from 'mongoose';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupEntry,
  type BackupHeader,
  BackupWriter,
  DATA_SCHEMA_VERSION,
  readBackup,
} from './backup-format';

const { Binary, Decimal128, Double, EJSON, Int32, Long, ObjectId } = mongo.BSON;

function header(collections: string[]): BackupHeader {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    schemaVersion: DATA_SCHEMA_VERSION,
    appVersion: '1.2.3',
    createdAt: new Date('2026-12-02T04:00:00Z'),
    collections,
  };
}

async function readAll(path: string): Promise<BackupEntry[]> {
  const entries: BackupEntry[] = [];
  for await (const entry of readBackup(path)) entries.push(entry);
  return entries;
}

function gzipLines(path: string, lines: object[]): void {
  writeFileSync(
    path,
    gzipSync(lines.map((line) => `${EJSON.stringify(line, { relaxed: false })}\n`).join('')),
  );
}

describe('backup file format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'backup-format-'));
  const votes = [
    {
      _id: 'a:b',
      proposalId: new ObjectId(),
      value: new Int32(1),
      weight: new Double(1),
      total: Long.fromString('9007199254740993'),
      amount: Decimal128.fromString('12.50'),
      picture: new Binary(Buffer.from([0, 1, 2, 255])),
      castAt: new Date('2026-11-30T12:00:00.123Z'),
      nested: { tags: ['x', new Int32(2)] },
    },
  ];

  async function writeSample(path: string): Promise<Record<string, number>> {
    const writer = await BackupWriter.open(path, header(['votes', 'users']));
    await writer.startCollection('votes', [{ name: 'userId_1', key: { userId: 1 } }]);
    for (const vote of votes) await writer.writeDocument(vote);
    await writer.startCollection('users', []);
    return writer.finish();
  }

  it('round-trips the header, indexes, counts and every BSON type of the documents', async () => {
    const path = join(dir, 'sample.jsonl.gz');
    expect(await writeSample(path)).toEqual({ votes: 1, users: 0 });
    expect(existsSync(`${path}.partial`)).toBe(false);

    const entries = await readAll(path);
    expect(entries.map((entry) => entry.kind)).toEqual([
      'header',
      'collection',
      'document',
      'collection',
      'end',
    ]);
    expect(entries[0]).toEqual({ kind: 'header', header: header(['votes', 'users']) });
    expect(entries[1]).toEqual({
      kind: 'collection',
      name: 'votes',
      indexes: [{ name: 'userId_1', key: { userId: 1 } }],
    });
    const read = entries[2];
    expect(read?.kind === 'document' && read.collection).toBe('votes');
    const document = read?.kind === 'document' ? read.document : {};
    // Types included: an Int32 must not come back as a Double, nor a Long as a number.
    expect(EJSON.stringify(document, { relaxed: false })).toBe(EJSON.stringify(votes[0], { relaxed: false }));
    expect(document.value).toBeInstanceOf(Int32);
    expect(document.weight).toBeInstanceOf(Double);
    expect(document.total).toBeInstanceOf(Long);
    expect(document.castAt).toEqual(votes[0]?.castAt);
    expect(entries[4]).toEqual({ kind: 'end', counts: { votes: 1, users: 0 } });
  });

  it('is gzip of one Extended JSON object per line', async () => {
    const path = join(dir, 'plain.jsonl.gz');
    await writeSample(path);
    const lines = gunzipSync(readFileSync(path)).toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      format: 'kabinet-backup',
      version: { $numberInt: '1' },
      collections: ['votes', 'users'],
    });
    expect(JSON.parse(lines[1]!)).toMatchObject({ $collection: 'votes' });
    expect(JSON.parse(lines[2]!)).toMatchObject({ _id: 'a:b', value: { $numberInt: '1' } });
    expect(JSON.parse(lines[4]!)).toEqual({
      $end: { counts: { votes: { $numberInt: '1' }, users: { $numberInt: '0' } } },
    });
  });

  it('refuses a file cut short, also after whole entries', async () => {
    const path = join(dir, 'whole.jsonl.gz');
    await writeSample(path);
    const bytes = readFileSync(path);
    const cut = join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 12));
    await expect(readAll(cut)).rejects.toThrow(/is not a usable backup: it is truncated or damaged/);

    const withoutEnd = join(dir, 'without-end.jsonl.gz');
    const lines = gunzipSync(bytes).toString('utf8').trimEnd().split('\n').slice(0, 3);
    writeFileSync(withoutEnd, gzipSync(`${lines.join('\n')}\n`));
    await expect(readAll(withoutEnd)).rejects.toThrow(
      /it is truncated: it ends after line 3 without its end line/,
    );
  });

  it('refuses an end line whose counts differ from the documents read', async () => {
    const path = join(dir, 'miscounted.jsonl.gz');
    gzipLines(path, [
      header(['votes']),
      { $collection: 'votes', indexes: [] },
      { _id: 1 },
      { $end: { counts: { votes: 2 } } },
    ]);
    await expect(readAll(path)).rejects.toThrow(/its end line does not match the documents in it/);
  });

  it('refuses a backup of a newer schema, and a file that is not a backup', async () => {
    const newer = join(dir, 'newer.jsonl.gz');
    gzipLines(newer, [{ ...header([]), schemaVersion: DATA_SCHEMA_VERSION + 1 }, { $end: { counts: {} } }]);
    await expect(readAll(newer)).rejects.toThrow(/newer than this version's/);

    const other = join(dir, 'other.gz');
    writeFileSync(other, gzipSync('hello\n'));
    await expect(readAll(other)).rejects.toThrow(/line 1 is not an Extended JSON object/);
  });

  it('leaves no file behind when a backup is aborted', async () => {
    const path = join(dir, 'aborted.jsonl.gz');
    const writer = await BackupWriter.open(path, header(['votes']));
    await writer.startCollection('votes', []);
    await writer.abort();
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}.partial`)).toBe(false);
  });
});
