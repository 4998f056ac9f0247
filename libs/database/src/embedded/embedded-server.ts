import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { mongo } from 'mongoose';
import { z } from 'zod';
// Relative, not @app/embedded: test/support/global-setup.ts loads this file outside jest's module
// mapping.
import { EmbeddedServer, type EmbeddedServerOptions, type ServerProcess } from '../../../embedded/src';
import { EmbeddedMongoUnavailableError } from './embedded-binary';

export interface EmbeddedMongoOptions extends EmbeddedServerOptions {
  /** Where FerretDB keeps its SQLite files; ignored when `postgresqlUrl` is set. */
  sqliteDir?: string;
  /** Use FerretDB's PostgreSQL backend instead of SQLite. */
  postgresqlUrl?: string;
  /** 0 (the default) picks a free port; restarts reuse the port first chosen. */
  port?: number;
}

const readyLine = z.object({ uri: z.string().startsWith('mongodb://') });

/**
 * A FerretDB process owned by this Node process (SupervisedProcess: restarted on the same port
 * when it exits unexpectedly, and gone with this process, through `-exit-on-stdin-close`).
 */
export class EmbeddedMongoServer extends EmbeddedServer {
  private port: number;
  private currentUri = '';

  private constructor(private readonly options: EmbeddedMongoOptions) {
    super();
    this.port = options.port ?? 0;
  }

  static async start(options: EmbeddedMongoOptions): Promise<EmbeddedMongoServer> {
    if (!options.postgresqlUrl && !options.sqliteDir) {
      throw new EmbeddedMongoUnavailableError(
        'The embedded database needs a SQLite directory or a PostgreSQL URL.',
      );
    }
    const server = new EmbeddedMongoServer(options);
    await server.supervise(options, {
      name: 'embedded database',
      args: () => server.args(),
      whenReady: (child) => server.whenReady(child),
      unavailable: (message) => new EmbeddedMongoUnavailableError(message),
      restarted: () => `Embedded database restarted at ${server.currentUri}`,
    });
    return server;
  }

  /** The connection string, without a database name. */
  get uri(): string {
    return this.currentUri;
  }

  private args(): string[] {
    const args = ['-listen-addr', `127.0.0.1:${this.port}`, '-exit-on-stdin-close'];
    if (this.options.postgresqlUrl) {
      args.push('-postgresql-url', this.options.postgresqlUrl);
    } else if (this.options.sqliteDir) {
      args.push('-sqlite-dir', this.options.sqliteDir);
    }
    return args;
  }

  /** The server prints `{"uri": …}` once it listens; then it must answer `hello`. */
  private async whenReady(child: ServerProcess): Promise<void> {
    const lines = createInterface({ input: child.stdout });
    let line: string;
    try {
      [line] = (await once(lines, 'line')) as [string];
    } finally {
      lines.close();
    }
    const parsed = readyLine.safeParse(safeJson(line));
    if (!parsed.success) {
      throw new EmbeddedMongoUnavailableError(`The embedded database said something unexpected: ${line}`);
    }
    this.port = Number(new URL(parsed.data.uri).port);
    this.currentUri = parsed.data.uri;
    await waitForHello(parsed.data.uri, this.options.startTimeoutMs ?? 30_000);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Resolves once the server at `uri` answers the `hello` command. */
export async function waitForHello(uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const client = new mongo.MongoClient(uri, { serverSelectionTimeoutMS: 1_000, directConnection: true });
    try {
      await client.connect();
      await client.db('admin').command({ hello: 1 });
      return;
    } catch (error) {
      lastError = error;
      await sleep(100);
    } finally {
      await client.close();
    }
  }
  throw new EmbeddedMongoUnavailableError(`The embedded database did not answer hello: ${String(lastError)}`);
}
