import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * An embedded server (the database, the mail catcher) can neither be built nor started; its
 * message says what to do. Each server has its own subclass.
 */
export class EmbeddedUnavailableError extends Error {
  override readonly name: string = 'EmbeddedUnavailableError';
}

/** The repository root: the nearest folder above `from` with the project's package.json and tools/. */
export function findProjectRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'tools'))) {
      return dir;
    }
    if (dirname(dir) === dir) {
      throw new EmbeddedUnavailableError(
        `Cannot find the project's tools/ folder above ${from}; run the API from a checkout of this project.`,
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

/** A Go program under `tools/<tool>` that the API builds on first use. */
export interface GoProgram {
  /** The folder under tools/ and the name of the binary. */
  tool: string;
  /** For messages: "the embedded database server". */
  description: string;
  /** Files of the source folder, besides the Go sources, go.mod and go.sum, that the build reads. */
  extraInputs?: readonly string[];
  /** The error to throw, with the message to show. */
  unavailable: (message: string) => EmbeddedUnavailableError;
  /** What to do without Go: a sentence for the operator. */
  withoutGo: string;
  /** What to do when the build fails: appended to "Building … failed;". */
  whenBuildFails: string;
  /**
   * Prepares the build in `workDir` (removed afterwards); answers extra arguments for
   * `go build`, such as `-modfile`.
   */
  prepare?: (go: string, sourceDir: string, workDir: string) => Promise<string[]>;
}

async function sourceFingerprint(program: GoProgram, sourceDir: string, go: string): Promise<string> {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(sourceDir).filter(
      (name) => name.endsWith('.go') || name === 'go.mod' || name === 'go.sum',
    ),
    ...(program.extraInputs ?? []),
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
 * Returns the path of the program's binary, building it with the machine's Go into
 * `.cache/<tool>/<fingerprint>/` when its sources (or the Go version) changed since the cached
 * build. Concurrent callers are safe: each builds into its own file and renames it into place.
 */
export async function ensureGoBinary(program: GoProgram, options: EnsureBinaryOptions = {}): Promise<string> {
  const root = options.root ?? findProjectRoot();
  const sourceDir = join(root, 'tools', program.tool);
  const go = findGo();
  if (go === undefined) {
    throw program.unavailable(program.withoutGo);
  }
  const cacheDir = join(root, '.cache', program.tool, await sourceFingerprint(program, sourceDir, go));
  const binary = join(cacheDir, program.tool);
  if (isExecutable(binary)) {
    return binary;
  }
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${binary}.${process.pid}.partial`;
  options.log?.(`Building ${program.description} with Go (first run only)…`);
  const workDir = join(cacheDir, `build.${process.pid}`);
  try {
    mkdirSync(workDir, { recursive: true });
    const extraArgs = (await program.prepare?.(go, sourceDir, workDir)) ?? [];
    await execFileAsync(go, ['build', '-trimpath', '-mod=readonly', ...extraArgs, '-o', partial, '.'], {
      cwd: sourceDir,
      env: { ...process.env, CGO_ENABLED: '0' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    if (error instanceof EmbeddedUnavailableError) throw error;
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw program.unavailable(
      `Building ${program.description} failed; ${program.whenBuildFails} Go said:\n${stderr.trim().split('\n').slice(-20).join('\n')}`,
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  renameSync(partial, binary);
  return binary;
}
