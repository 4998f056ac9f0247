import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Thrown when the embedded server can neither be found nor built; its message says what to do. */
export class EmbeddedMongoUnavailableError extends Error {
  override readonly name = 'EmbeddedMongoUnavailableError';
}

const SOURCE_DIR = join('tools', 'embedded-mongo');
const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
/** Exact text replacements in FerretDB's sources, applied at build time (see FERRETDB.md there). */
const REWRITES_FILE = 'ferretdb-rewrites.json';

/** One replacement: `expect` must occur exactly once in the upstream file. */
export interface SourceRewrite {
  expect: string;
  replaceWith: string;
}

/**
 * Applies the rewrites of one upstream file. Upstream text that is missing or ambiguous stops the
 * build: a rewrite that silently did nothing would leave the bug it fixes in place.
 */
export function applyRewrites(file: string, text: string, rewrites: readonly SourceRewrite[]): string {
  let result = text;
  for (const { expect, replaceWith } of rewrites) {
    const occurrences = result.split(expect).length - 1;
    if (occurrences !== 1) {
      throw new EmbeddedMongoUnavailableError(
        `${join(SOURCE_DIR, REWRITES_FILE)}: FerretDB's ${file} contains ${JSON.stringify(expect)} ${occurrences} times instead of once; update the rewrite for this FerretDB version.`,
      );
    }
    result = result.replace(expect, () => replaceWith);
  }
  return result;
}

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

/** Every file below `dir`, as paths relative to it, sorted. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

async function sourceFingerprint(sourceDir: string, go: string): Promise<string> {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(sourceDir).filter(
      (name) => name.endsWith('.go') || name === 'go.mod' || name === 'go.sum',
    ),
    REWRITES_FILE,
  ].sort();
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
  const workDir = join(cacheDir, `build.${process.pid}`);
  try {
    const modfile = await prepareRewrittenModule(go, sourceDir, workDir);
    await execFileAsync(
      go,
      ['build', '-trimpath', '-mod=readonly', '-modfile', modfile, '-o', partial, '.'],
      {
        cwd: sourceDir,
        env: { ...process.env, CGO_ENABLED: '0' },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
  } catch (error) {
    if (error instanceof EmbeddedMongoUnavailableError) throw error;
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new EmbeddedMongoUnavailableError(
      `Building the embedded database server failed; fix the Go build or set MONGODB_URI. Go said:\n${stderr.trim().split('\n').slice(-20).join('\n')}`,
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  renameSync(partial, binary);
  return binary;
}

/**
 * Copies the FerretDB module (downloaded through the Go module proxy) into `workDir`, applies the
 * rewrites to the copy and writes a go.mod/go.sum pair that replaces the module with that copy;
 * returns the path of that go.mod (for `go build -modfile`). Go refuses `-overlay` for files in
 * the module cache, hence the copy.
 */
async function prepareRewrittenModule(go: string, sourceDir: string, workDir: string): Promise<string> {
  const { stdout } = await execFileAsync(go, ['mod', 'download', '-json', FERRETDB_MODULE], {
    cwd: sourceDir,
    maxBuffer: 16 * 1024 * 1024,
  });
  const { Dir: moduleDir } = JSON.parse(stdout) as { Dir: string };
  const copy = join(workDir, 'ferretdb');
  // Files and folders in the module cache are read-only; the copy must be writable to rewrite it
  // and to be removed after the build.
  for (const file of filesBelow(moduleDir)) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    copyFileSync(join(moduleDir, file), join(copy, file));
    chmodSync(join(copy, file), 0o644);
  }
  const rewrites = JSON.parse(readFileSync(join(sourceDir, REWRITES_FILE), 'utf8')) as Record<
    string,
    SourceRewrite[]
  >;
  for (const [file, fileRewrites] of Object.entries(rewrites)) {
    const target = join(copy, file);
    if (!existsSync(target)) {
      throw new EmbeddedMongoUnavailableError(
        `${join(SOURCE_DIR, REWRITES_FILE)} rewrites ${file}, which FerretDB does not have; update or remove the rewrite.`,
      );
    }
    writeFileSync(target, applyRewrites(file, readFileSync(target, 'utf8'), fileRewrites));
  }
  const modfile = join(workDir, 'build.mod');
  writeFileSync(
    modfile,
    `${readFileSync(join(sourceDir, 'go.mod'), 'utf8')}\nreplace ${FERRETDB_MODULE} => ${copy}\n`,
  );
  copyFileSync(join(sourceDir, 'go.sum'), join(workDir, 'build.sum'));
  return modfile;
}
