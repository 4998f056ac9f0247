import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
// Relative, not @app/embedded: test/support/global-setup.ts loads this file outside jest's module
// mapping.
import { EmbeddedUnavailableError, type EnsureBinaryOptions, ensureGoBinary } from '../../../embedded/src';

const execFileAsync = promisify(execFile);

/** Thrown when the embedded server can neither be found nor built; its message says what to do. */
export class EmbeddedMongoUnavailableError extends EmbeddedUnavailableError {
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

/** Every file below `dir`, as paths relative to it, sorted. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Returns the path of the embedded server binary (tools/embedded-mongo), built with the
 * machine's Go and cached by the fingerprint of its sources, the rewrites and the Go version.
 */
export function ensureEmbeddedMongoBinary(options: EnsureBinaryOptions = {}): Promise<string> {
  return ensureGoBinary(
    {
      tool: 'embedded-mongo',
      description: 'the embedded database server',
      extraInputs: [REWRITES_FILE],
      unavailable: (message) => new EmbeddedMongoUnavailableError(message),
      withoutGo:
        'No database configured: install Go (1.24 or newer) so the embedded database can be built, or set MONGODB_URI to a MongoDB server (for example MONGODB_URI=mongodb://localhost:27017/kabinet).',
      whenBuildFails: 'fix the Go build or set MONGODB_URI.',
      prepare: async (go, sourceDir, workDir) => [
        '-modfile',
        await prepareRewrittenModule(go, sourceDir, workDir),
      ],
    },
    options,
  );
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
