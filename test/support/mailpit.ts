import { setTimeout as sleep } from 'node:timers/promises';

/** A message as the run's Mailpit captured it. */
export interface CapturedMail {
  id: string;
  subject: string;
  text: string;
  html: string;
  /** Every header, by its name as sent (`List-Unsubscribe`, `Message-Id`…). */
  headers: Record<string, string[]>;
  to: string[];
}

interface SearchAnswer {
  messages: { ID: string }[];
}

interface MessageAnswer {
  ID: string;
  Subject: string;
  Text: string;
  HTML: string;
  To: { Address: string }[];
}

/** The run's Mailpit (test/support/global-setup.ts), or the one a spec started itself. */
export function e2eMailpitUrl(): string {
  const url = process.env.E2E_MAILPIT_URL;
  if (!url) {
    throw new Error(
      'E2E_MAILPIT_URL is not set: run specs through jest.config.js or test/jest-e2e.config.js',
    );
  }
  return url;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`Mailpit answered ${response.status} for ${url}`);
  }
  return (await response.json()) as T;
}

/** Every message captured for `to`, the oldest first. */
export async function mailsTo(to: string, mailpit: string = e2eMailpitUrl()): Promise<CapturedMail[]> {
  const query = encodeURIComponent(`to:"${to}"`);
  const { messages } = await getJson<SearchAnswer>(`${mailpit}/api/v1/search?query=${query}&limit=1000`);
  const mails = await Promise.all(
    messages.map(async ({ ID }) => {
      const [message, headers] = await Promise.all([
        getJson<MessageAnswer>(`${mailpit}/api/v1/message/${ID}`),
        getJson<Record<string, string[]>>(`${mailpit}/api/v1/message/${ID}/headers`),
      ]);
      return {
        id: message.ID,
        subject: message.Subject,
        text: message.Text,
        html: message.HTML,
        headers,
        to: message.To.map((recipient) => recipient.Address),
      };
    }),
  );
  // Mailpit answers the newest first.
  return mails.reverse();
}

/** Waits for the first message to `to` (whose subject matches, if given); fails after `timeoutMs`. */
export async function waitForMail(
  to: string,
  { subject, timeoutMs = 15_000, mailpit }: { subject?: RegExp; timeoutMs?: number; mailpit?: string } = {},
): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mailsTo(to, mailpit)).find(
      (mail) => subject === undefined || subject.test(mail.subject),
    );
    if (found !== undefined) {
      return found;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `No mail to ${to}${subject === undefined ? '' : ` with a subject like ${String(subject)}`} within ${timeoutMs} ms`,
      );
    }
    await sleep(100);
  }
}

/** The first URL in the message's text whose path starts with `pathPrefix`. */
export function linkIn(mail: CapturedMail, pathPrefix: string): string {
  const link = (mail.text.match(/https?:\/\/[^\s<>"]+/g) ?? []).find((url) =>
    new URL(url).pathname.startsWith(pathPrefix),
  );
  if (link === undefined) {
    throw new Error(`No link to ${pathPrefix}… in the mail "${mail.subject}":\n${mail.text}`);
  }
  return link;
}
