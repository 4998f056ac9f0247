import type { AppConfig } from '@app/core';

/** Where mail goes: the SMTP server of `SMTP_URL`. */
export class MailServer {
  private constructor(readonly smtpUrl: string | undefined) {}

  static resolve(config: Pick<AppConfig, 'SMTP_URL'>): Promise<MailServer> {
    return Promise.resolve(new MailServer(config.SMTP_URL));
  }
}
