import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
// Relative, not @app/embedded: test/support/global-setup.ts loads this file outside jest's module
// mapping.
import {
  EmbeddedServer,
  type EmbeddedServerOptions,
  EmbeddedUnavailableError,
  type EnsureBinaryOptions,
  ensureGoBinary,
  freePort,
} from '../../../embedded/src';

/** Thrown when the embedded Mailpit can neither be built nor started; its message says what to do. */
export class EmbeddedMailUnavailableError extends EmbeddedUnavailableError {
  override readonly name = 'EmbeddedMailUnavailableError';
}

/**
 * Returns the path of the embedded Mailpit (tools/embedded-mail), built with the machine's Go and
 * cached by the fingerprint of its sources and the Go version.
 */
export function ensureEmbeddedMailBinary(options: EnsureBinaryOptions = {}): Promise<string> {
  return ensureGoBinary(
    {
      tool: 'embedded-mail',
      description: 'the embedded mail catcher (Mailpit)',
      unavailable: (message) => new EmbeddedMailUnavailableError(message),
      withoutGo:
        'No mail server configured: install Go (1.26 or newer) so the embedded Mailpit can be built, or set SMTP_URL to an SMTP server (for example SMTP_URL=smtp://user:password@mail.example:587).',
      whenBuildFails: 'fix the Go build or set SMTP_URL.',
    },
    options,
  );
}

export interface EmbeddedMailOptions extends EmbeddedServerOptions {
  /** Mailpit's SQLite file; unset: a temporary one, gone when Mailpit stops. */
  databaseFile?: string;
  /** Unset: a free port; restarts reuse the ports first chosen. */
  smtpPort?: number;
  webPort?: number;
  /** Messages kept before the oldest are removed; 0 keeps all. Mailpit's default: 500. */
  maxMessages?: number;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function serves(webUrl: string, smtpPort: number): Promise<boolean> {
  try {
    const response = await fetch(`${webUrl}/readyz`);
    return response.ok && (await accepts(smtpPort));
  } catch {
    return false;
  }
}

/**
 * A Mailpit owned by this Node process, listening on 127.0.0.1 only: SMTP for the API, a web UI
 * and HTTP API to read what was captured. Gone with this process (`-exit-on-stdin-close`, added
 * by tools/embedded-mail: Mailpit itself would outlive its parent).
 */
export class EmbeddedMailServer extends EmbeddedServer {
  private constructor(
    private readonly options: EmbeddedMailOptions,
    readonly smtpPort: number,
    readonly webPort: number,
  ) {
    super();
  }

  static async start(options: EmbeddedMailOptions): Promise<EmbeddedMailServer> {
    const server = new EmbeddedMailServer(
      options,
      options.smtpPort ?? (await freePort()),
      options.webPort ?? (await freePort()),
    );
    await server.supervise(options, {
      name: 'embedded Mailpit',
      args: () => server.args(),
      whenReady: () => server.whenReady(),
      unavailable: (message) => new EmbeddedMailUnavailableError(message),
      restarted: () => `Embedded Mailpit restarted at ${server.webUrl}`,
    });
    return server;
  }

  get smtpUrl(): string {
    return `smtp://127.0.0.1:${this.smtpPort}`;
  }

  /** The web UI; its HTTP API is under /api/v1. */
  get webUrl(): string {
    return `http://127.0.0.1:${this.webPort}`;
  }

  private args(): string[] {
    return [
      '-exit-on-stdin-close',
      '--smtp',
      `127.0.0.1:${this.smtpPort}`,
      '--listen',
      `127.0.0.1:${this.webPort}`,
      ...(this.options.databaseFile === undefined ? [] : ['--database', this.options.databaseFile]),
      ...(this.options.maxMessages === undefined ? [] : ['--max', String(this.options.maxMessages)]),
      '--disable-version-check',
      // Any SMTP_URL works against it, with or without credentials, on plain 127.0.0.1.
      '--smtp-auth-accept-any',
      '--smtp-auth-allow-insecure',
      '--smtp-disable-rdns',
      // Its log would only say that each message arrived; errors still show.
      '--quiet',
    ];
  }

  /** Mailpit prints nothing when it is ready: ask its HTTP readiness check, then the SMTP port. */
  private async whenReady(): Promise<void> {
    const deadline = Date.now() + (this.options.startTimeoutMs ?? 30_000);
    while (!(await serves(this.webUrl, this.smtpPort))) {
      if (Date.now() > deadline) {
        throw new EmbeddedMailUnavailableError(`The embedded Mailpit does not answer at ${this.webUrl}.`);
      }
      await sleep(50);
    }
  }
}
