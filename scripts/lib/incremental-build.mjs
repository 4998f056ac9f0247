// Builds only the parts of a project whose inputs changed since their last build, like the
// embedded servers' Go builds (libs/embedded/src/go-binary.ts). Each part records a stamp (the
// hash of every input file) inside its own output, so a build tool that empties the output also
// removes the stamp, and a part is rebuilt whenever its output was replaced by other means.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * @typedef {object} Part
 * @property {string} name For messages: "API", "web client".
 * @property {(root: string) => string[]} inputs The files the build reads, relative to the root.
 * @property {string} output The folder the build writes, relative to the root.
 * @property {string} stamp Where the stamp goes, relative to the root, inside what the build replaces.
 * @property {string[]} [required] Files of the output that must exist for it to count as built.
 * @property {string} [clears] A folder the build empties before it writes (relative to the root);
 *   the outputs of other parts inside it that are up to date are kept.
 * @property {(root: string) => Promise<string[] | void>} build Builds the part; answers any further
 *   inputs it found while building (absolute or relative to the root), such as a bundler's modules.
 */

/** Every file under `folder` (relative to `root`) as a path relative to `root`, skipping `skip`. */
export function filesUnder(root, folder, skip = () => false) {
  const base = join(root, folder);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').includes('node_modules') && !skip(path));
}

function hashOf(root, path) {
  try {
    return createHash('sha256')
      .update(readFileSync(join(root, path)))
      .digest('hex');
  } catch {
    return 'missing';
  }
}

function hashesOf(root, paths) {
  return Object.fromEntries([...new Set(paths)].sort().map((path) => [path, hashOf(root, path)]));
}

function readStamp(root, part) {
  try {
    const stamp = JSON.parse(readFileSync(join(root, part.stamp), 'utf8'));
    return stamp !== null && typeof stamp.inputs === 'object' && Array.isArray(stamp.found)
      ? stamp
      : undefined;
  } catch {
    return undefined;
  }
}

/** Why a part must be built, or undefined when its output matches its inputs. */
function staleness(root, part, stamp, inputs) {
  if (stamp === undefined) return 'not built yet';
  if ((part.required ?? []).some((file) => !existsSync(join(root, file)))) return 'output incomplete';
  const changed = Object.keys({ ...stamp.inputs, ...inputs }).filter(
    (path) => stamp.inputs[path] !== inputs[path],
  );
  if (changed.length === 0) return undefined;
  const more = changed.length > 1 ? ` and ${changed.length - 1} more` : '';
  return `${changed[0]}${more} changed`;
}

function isInside(folder, path) {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Runs `build` with the up-to-date outputs of `keep` moved out of the folder it empties. */
async function keepingOutputs(root, keep, scratch, build) {
  const kept = keep.map((part) => ({
    from: join(root, part.output),
    to: join(scratch, `${part.output.replaceAll('/', '_')}-${process.pid}`),
  }));
  mkdirSync(scratch, { recursive: true });
  for (const { from, to } of kept) {
    rmSync(to, { recursive: true, force: true });
    renameSync(from, to);
  }
  try {
    return await build();
  } finally {
    for (const { from, to } of kept) {
      rmSync(from, { recursive: true, force: true });
      mkdirSync(dirname(from), { recursive: true });
      renameSync(to, from);
    }
  }
}

/** Paths answered by a build, absolute or relative to the root, as relative paths inside it. */
function insideRoot(root, paths) {
  return paths
    .map((path) =>
      relative(root, isAbsolute(path) ? path : join(root, path))
        .split(sep)
        .join('/'),
    )
    .filter((path) => path !== '' && !path.startsWith('..'));
}

/**
 * Builds the parts in order: all of them, or with `ifChanged` only those whose inputs differ from
 * their stamp. Inputs are hashed before a part builds, so a file edited during the build makes
 * the next run build again. `scratch` is a folder outside every output for outputs kept aside.
 * Answers the names of the parts built.
 */
export async function buildParts(root, parts, { ifChanged = false, scratch, log = () => {} }) {
  const plans = parts.map((part) => {
    const stamp = readStamp(root, part);
    const declared = part.inputs(root);
    const inputs = hashesOf(root, [...declared, ...(stamp?.found ?? [])]);
    const reason = ifChanged ? staleness(root, part, stamp, inputs) : 'asked to build';
    return { part, declared, inputs, reason };
  });
  const built = [];
  for (const plan of plans) {
    const { part, declared, inputs, reason } = plan;
    if (reason === undefined) continue;
    log(`Building the ${part.name} (${reason})…`);
    rmSync(join(root, part.stamp), { force: true });
    const keep =
      part.clears === undefined
        ? []
        : plans
            .filter((other) => other !== plan && other.reason === undefined)
            .map((other) => other.part)
            .filter((other) => isInside(join(root, part.clears), join(root, other.output)));
    const found = insideRoot(root, (await keepingOutputs(root, keep, scratch, () => part.build(root))) ?? []);
    const declaredSet = new Set(declared);
    const tracked = new Set([...declared, ...found]);
    const stamp = {
      inputs: Object.fromEntries(
        [...tracked].sort().map((path) => [path, inputs[path] ?? hashOf(root, path)]),
      ),
      found: [...tracked].filter((path) => !declaredSet.has(path)).sort(),
    };
    mkdirSync(dirname(join(root, part.stamp)), { recursive: true });
    writeFileSync(join(root, part.stamp), `${JSON.stringify(stamp)}\n`);
    built.push(part.name);
  }
  return built;
}
