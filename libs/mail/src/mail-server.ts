import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { z } from 'zod';
import type { AppConfig } from '@app/core';
import { readRunningServer } from '@app/embedded';
import { EmbeddedMailServer, ensureEmbeddedMailBinary } from './embedded/embedded-mail';

/** Written while a process owns the embedded Mailpit of a DATA_DIR, so that others can share it. */
export const EMBEDDED_MAIL_FILE = 'embedded-mail.json';
const runningMail = z.object({
  ownerPid: z.number().int(),
  smtp: z.string().startsWith('smtp://'),
  web: z.string().startsWith('http://'),
});

/** The Mailpit another process (say, `npm start`) runs on this DATA_DIR, if it answers. */
async function findRunningMail(dataDir: string): Promise<z.infer<typeof runningMail> | undefined> {
  const recorded = readRunningServer(join(dataDir, EMBEDDED_MAIL_FILE), runningMail);
  if (recorded === undefined) {
    return undefined;
  }
  try {
    const response = await fetch(`${recorded.web}/readyz`, { signal: AbortSignal.timeout(2_000) });
    return response.ok ? recorded : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where mail goes: `SMTP_URL` when set; otherwise (never in production, where configuration
 * requires SMTP_URL) the embedded Mailpit of `DATA_DIR`, shared when another process runs it,
 * else started here (its messages in `DATA_DIR/mail/mailpit.db`) and stopped with the
 * application. Mailpit keeps every message for its web UI and sends none on.
 */
export class MailServer implements OnApplicationShutdown {
  private constructor(
    readonly smtpUrl: string | undefined,
    readonly embedded: EmbeddedMailServer | undefined,
    private readonly runningFile: string | undefined,
  ) {}

  /** `onRestart`: called after each restart of a Mailpit started here. */
  static async resolve(
    config: Pick<AppConfig, 'SMTP_URL' | 'NODE_ENV' | 'DATA_DIR'>,
    onRestart?: () => void,
  ): Promise<MailServer> {
    if (config.SMTP_URL !== undefined || config.NODE_ENV === 'production') {
      return new MailServer(config.SMTP_URL, undefined, undefined);
    }
    const logger = new Logger('EmbeddedMail');
    const shared = await findRunningMail(config.DATA_DIR);
    if (shared !== undefined) {
      logger.log(`Mail is captured by the embedded Mailpit another process runs: ${shared.web}`);
      return new MailServer(shared.smtp, undefined, undefined);
    }
    // Written straight to stderr: application logs are buffered until start-up ends.
    const binaryPath = await ensureEmbeddedMailBinary({
      log: (message) => process.stderr.write(`${message}\n`),
    });
    const mailDir = join(config.DATA_DIR, 'mail');
    mkdirSync(mailDir, { recursive: true });
    const embedded = await EmbeddedMailServer.start({
      binaryPath,
      databaseFile: join(mailDir, 'mailpit.db'),
      logger,
      onRestart,
    });
    const runningFile = join(config.DATA_DIR, EMBEDDED_MAIL_FILE);
    writeFileSync(
      runningFile,
      JSON.stringify({ ownerPid: process.pid, smtp: embedded.smtpUrl, web: embedded.webUrl }),
    );
    logger.log(`Mail is captured by the embedded Mailpit: ${embedded.webUrl}`);
    return new MailServer(embedded.smtpUrl, embedded, runningFile);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.runningFile !== undefined) {
      rmSync(this.runningFile, { force: true });
    }
    await this.embedded?.stop();
  }
}
