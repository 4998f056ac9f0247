import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { readRunningServer } from './running-server';

describe('readRunningServer', () => {
  const schema = z.object({ ownerPid: z.number().int(), url: z.string() });
  const file = join(mkdtempSync(join(tmpdir(), 'running-server-')), 'server.json');

  it("answers another live process's record", () => {
    writeFileSync(file, JSON.stringify({ ownerPid: process.ppid, url: 'smtp://127.0.0.1:1' }));
    expect(readRunningServer(file, schema)).toEqual({ ownerPid: process.ppid, url: 'smtp://127.0.0.1:1' });
  });

  it('ignores a record of its own, of a process that is gone, a malformed one and none at all', () => {
    writeFileSync(file, JSON.stringify({ ownerPid: process.pid, url: 'x' }));
    expect(readRunningServer(file, schema)).toBeUndefined();
    writeFileSync(file, JSON.stringify({ ownerPid: 2 ** 22 + 1, url: 'x' }));
    expect(readRunningServer(file, schema)).toBeUndefined();
    writeFileSync(file, '{"ownerPid": "one"');
    expect(readRunningServer(file, schema)).toBeUndefined();
    expect(readRunningServer(join(tmpdir(), 'no-such-file.json'), schema)).toBeUndefined();
  });
});
