import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedUnavailableError, ensureGoBinary, findGo } from './go-binary';

describe('findGo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'find-go-'));
  const go = join(dir, 'go');
  writeFileSync(go, '#!/bin/sh\n');
  chmodSync(go, 0o755);

  it('takes $GO when set, and only that', () => {
    expect(findGo({ GO: go, PATH: '/nowhere' })).toBe(go);
    expect(findGo({ GO: join(dir, 'missing'), PATH: dir })).toBeUndefined();
  });

  it('looks on the PATH otherwise', () => {
    expect(findGo({ PATH: ['/nowhere', dir].join(':') })).toBe(go);
  });
});

describe('ensureGoBinary', () => {
  it("says what to do, in the program's words, when there is no Go", async () => {
    const previous = process.env.GO;
    process.env.GO = '/nonexistent/go';
    try {
      await expect(
        ensureGoBinary({
          tool: 'embedded-mail',
          description: 'the test program',
          unavailable: (message) => new EmbeddedUnavailableError(message),
          withoutGo: 'Install Go or set SMTP_URL.',
          whenBuildFails: 'fix it.',
        }),
      ).rejects.toThrow(new EmbeddedUnavailableError('Install Go or set SMTP_URL.'));
    } finally {
      if (previous === undefined) delete process.env.GO;
      else process.env.GO = previous;
    }
  });
});
