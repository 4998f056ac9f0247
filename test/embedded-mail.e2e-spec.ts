import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createTransport } from 'nodemailer';
import { runBuilt, startBuiltServer } from './support/built-app';
import { waitForMail } from './support/mailpit';
import { childPids, isAlive, waitFor } from './support/processes';

/** Without SMTP_URL: the built server as `npm start` runs it in development. */
const EMBEDDED = { SMTP_URL: undefined };

function mailpitPid(api: ChildProcessWithoutNullStreams): number {
  const pid = childPids(api.pid ?? -1).find((child) =>
    readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('embedded-mail'),
  );
  if (pid === undefined) {
    throw new Error('The API runs no embedded Mailpit');
  }
  return pid;
}

async function stop(server: ChildProcessWithoutNullStreams, signal: NodeJS.Signals): Promise<void> {
  const exited = once(server, 'exit');
  server.kill(signal);
  await exited;
}

describe('the embedded Mailpit (SMTP_URL unset outside production)', () => {
  it('captures mail, is shared by a second server on the same DATA_DIR and dies with a SIGKILLed API', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'embedded-mail-'));
    const first = await startBuiltServer({ DATA_DIR: dataDir, ...EMBEDDED });
    let firstAlive = true;
    try {
      const web = /Mail is captured by the embedded Mailpit: (http:\/\/127\.0\.0\.1:\d+)/.exec(
        first.log.join('\n'),
      )?.[1];
      expect(web).toBeDefined();
      const recorded = JSON.parse(readFileSync(join(dataDir, 'embedded-mail.json'), 'utf8')) as {
        ownerPid: number;
        smtp: string;
        web: string;
      };
      expect(recorded).toEqual({
        ownerPid: first.server.pid,
        smtp: expect.stringMatching(/^smtp:\/\/127\.0\.0\.1:\d+$/) as string,
        web,
      });
      expect(existsSync(join(dataDir, 'mail', 'mailpit.db'))).toBe(true);

      const transport = createTransport({ url: recorded.smtp });
      await transport.sendMail({
        from: 'a@example.test',
        to: 'b@example.test',
        subject: 'Gevangen',
        text: 'x',
      });
      transport.close();
      expect((await waitForMail('b@example.test', { mailpit: recorded.web })).subject).toBe('Gevangen');

      const second = await startBuiltServer({ DATA_DIR: dataDir, ...EMBEDDED });
      expect(second.log.join('\n')).toContain(
        `Mail is captured by the embedded Mailpit another process runs: ${recorded.web}`,
      );
      // It shares the first one's database and Mailpit: no process of its own.
      expect(childPids(second.server.pid ?? -1)).toEqual([]);
      await stop(second.server, 'SIGTERM');
      expect(existsSync(join(dataDir, 'embedded-mail.json'))).toBe(true);

      const mailpit = mailpitPid(first.server);
      const children = childPids(first.server.pid ?? -1);
      expect(children).toHaveLength(2);
      await stop(first.server, 'SIGKILL');
      firstAlive = false;
      await waitFor('Mailpit and the database exit with their API', () => !children.some(isAlive), 10_000);
      expect(isAlive(mailpit)).toBe(false);
    } finally {
      if (firstAlive) await stop(first.server, 'SIGTERM');
    }
  });

  it('stops the Mailpit it started on SIGTERM and forgets it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'embedded-mail-'));
    const { server } = await startBuiltServer({ DATA_DIR: dataDir, ...EMBEDDED });
    const mailpit = mailpitPid(server);
    await stop(server, 'SIGTERM');
    expect(isAlive(mailpit)).toBe(false);
    expect(existsSync(join(dataDir, 'embedded-mail.json'))).toBe(false);
  });

  it('refuses to start in production without SMTP_URL, naming it', async () => {
    const { code, stderr } = await runBuilt('main', [], {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://kabinet.example',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'embedded-mail-')),
      ...EMBEDDED,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Invalid configuration: SMTP_URL: required when NODE_ENV=production/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
