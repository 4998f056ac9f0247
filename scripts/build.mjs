// Builds the API (dist/apps, dist/libs) and the web client (dist/web).
//   node scripts/build.mjs               builds both (npm run build, CI)
//   node scripts/build.mjs --if-changed  builds only a part whose inputs changed since its build
//                                        (npm start, npm run cli, npm run bench)
// --quiet says nothing when nothing is built. Messages go to stderr: the CLI's output stays its own.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { buildParts, filesUnder } from './lib/incremental-build.mjs';

const root = join(import.meta.dirname, '..');
const BUILD_SCRIPTS = ['scripts/build.mjs', 'scripts/lib/incremental-build.mjs'];

async function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  const [code, signal] = await once(child, 'exit');
  if (code !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`);
  }
}

/** The compiled API and its libraries: what tsconfig.build.json compiles, and how. */
const api = {
  name: 'API',
  inputs: () => [
    ...filesUnder(root, 'apps/api', (path) => path.endsWith('.spec.ts')),
    ...filesUnder(root, 'libs', (path) => path.endsWith('.spec.ts')),
    'tsconfig.json',
    'tsconfig.build.json',
    'nest-cli.json',
    'package-lock.json',
    ...BUILD_SCRIPTS,
  ],
  output: 'dist',
  stamp: 'dist/.api-build-stamp.json',
  required: ['dist/apps/api/src/main.js', 'dist/apps/api/src/cli.js'],
  // nest-cli.json's deleteOutDir: the build empties dist/, the web client's build included.
  clears: 'dist',
  build: () => run(join(root, 'node_modules', '.bin', 'nest'), ['build', 'api']),
};

/**
 * The web client. Vite's module graph names the files outside apps/web it bundled (from
 * libs/core); they are inputs of the next check, so an edit elsewhere in libs/ leaves it alone.
 */
const web = {
  name: 'web client',
  inputs: () => [
    ...filesUnder(root, 'apps/web', (path) => /\.test\.tsx?$/.test(path)),
    'package-lock.json',
    'scripts/precompress-web.mjs',
    ...BUILD_SCRIPTS,
  ],
  output: 'dist/web',
  stamp: 'dist/web/.build-stamp.json',
  required: ['dist/web/index.html'],
  build: async () => {
    const { build } = await import('vite');
    const modules = [];
    await build({
      configFile: join(root, 'apps', 'web', 'vite.config.mts'),
      logLevel: 'warn',
      plugins: [
        {
          name: 'record-bundled-files',
          generateBundle() {
            modules.push(...this.getModuleIds());
          },
        },
      ],
    });
    await run(process.execPath, [join(root, 'scripts', 'precompress-web.mjs'), join(root, 'dist', 'web')]);
    // Rolldown's own modules start with a NUL byte, a query (`?url`) names the same file, and
    // package-lock.json stands for node_modules.
    return modules
      .filter((id) => !id.startsWith('\0') && !id.includes('/node_modules/'))
      .map((id) => id.replace(/\?.*$/, ''));
  },
};

const args = process.argv.slice(2);
const log = (message) => process.stderr.write(`${message}\n`);
try {
  const built = await buildParts(root, [api, web], {
    ifChanged: args.includes('--if-changed'),
    scratch: join(root, '.cache', 'build'),
    log,
  });
  if (built.length === 0 && !args.includes('--quiet')) {
    log('The API and the web client are up to date (node scripts/build.mjs builds them again).');
  }
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
