import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Thrown when the embedded server can neither be found nor built; its message says what to do. */
export class EmbeddedMongoUnavailableError extends Error {
  override readonly name = 'EmbeddedMongoUnavailableError';
}

const SOURCE_DIR = join('tools', 'embedded-mongo');

/** The repository root: the nearest folder above `from` that holds the embedded server's sources. */
export function findProjectRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, SOURCE_DIR, 'go.mod'))) {
      return dir;
    }
    if (dirname(dir) === dir) {
      throw new EmbeddedMongoUnavailableError(
        `Cannot find ${SOURCE_DIR} above ${from}; run the API from a checkout of this project or set MONGODB_URI.`,
      );
    }
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `$GO` when set (and only that), else `go` on the PATH, else the usual install location. */
export function findGo(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = env.GO
    ? [env.GO]
    : [
        ...(env.PATH ?? '')
          .split(delimiter)
          .filter(Boolean)
          .map((dir) => join(dir, 'go')),
        '/usr/local/go/bin/go',
      ];
  return candidates.find(isExecutable);
}

async function sourceFingerprint(sourceDir: string, go: string): Promise<string> {
  const hash = createHash('sha256');
  const files = readdirSync(sourceDir)
    .filter((name) => name.endsWith('.go') || name === 'go.mod' || name === 'go.sum')
    .sort();
  for (const name of files) {
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(join(sourceDir, name)))
      .update('\0');
  }
  const { stdout } = await execFileAsync(go, ['version']);
  hash.update(stdout);
  return hash.digest('hex').slice(0, 16);
}

export interface EnsureBinaryOptions {
  root?: string;
  log?: (message: string) => void;
}

/**
 * Returns the path of the embedded server binary, building it with the machine's Go when its
 * sources (or the Go version) changed since the cached build. Concurrent callers are safe:
 * each builds into its own file and renames it into place.
 */
export async function ensureEmbeddedMongoBinary(options: EnsureBinaryOptions = {}): Promise<string> {
  const root = options.root ?? findProjectRoot();
  const sourceDir = join(root, SOURCE_DIR);
  const go = findGo();
  if (go === undefined) {
    throw new EmbeddedMongoUnavailableError(
      'No database configured: install Go (1.24 or newer) so the embedded database can be built, or set MONGODB_URI to a MongoDB server (for example MONGODB_URI=mongodb://localhost:27017/kabinet).',
    );
  }
  const cacheDir = join(root, '.cache', 'embedded-mongo', await sourceFingerprint(sourceDir, go));
  const binary = join(cacheDir, 'embedded-mongo');
  if (isExecutable(binary)) {
    return binary;
  }
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${binary}.${process.pid}.partial`;
  options.log?.('Building the embedded database server with Go (first run only)…');
  try {
    await execFileAsync(go, ['build', '-trimpath', '-mod=readonly', '-o', partial, '.'], {
      cwd: sourceDir,
      env: { ...process.env, CGO_ENABLED: '0' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new EmbeddedMongoUnavailableError(
      `Building the embedded database server failed; fix the Go build or set MONGODB_URI. Go said:\n${stderr.trim().split('\n').slice(-20).join('\n')}`,
    );
  }
  renameSync(partial, binary);
  return binary;
}
