import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const LIBRARY = join(__dirname, '..', 'scripts', 'lib', 'incremental-build.mjs');

/**
 * A project of two parts built by scripts/lib/incremental-build.mjs, as scripts/build.mjs builds
 * the API and the web client: "server" empties out/ (like nest's deleteOutDir) and writes its
 * sources' text into out/server.txt; "page", whose output out/page lies inside out/, copies
 * page/index.txt and the shared file it "imports" (shared/part.txt, an input found while building,
 * like a module of libs/core in Vite's graph). Each build appends its name to builds.log.
 */
const DRIVER = `
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildParts, filesUnder } from ${JSON.stringify(pathToFileURL(LIBRARY).href)};

const root = process.cwd();
const read = (path) => readFileSync(join(root, path), 'utf8');
const server = {
  name: 'server',
  inputs: () => filesUnder(root, 'src', (path) => path.endsWith('.spec.txt')),
  output: 'out',
  stamp: 'out/.server-stamp.json',
  required: ['out/server.txt'],
  clears: 'out',
  build: async () => {
    appendFileSync(join(root, 'builds.log'), 'server\\n');
    rmSync(join(root, 'out'), { recursive: true, force: true });
    if (existsSync(join(root, 'src', 'broken'))) throw new Error('the server does not compile');
    mkdirSync(join(root, 'out'));
    const sources = filesUnder(root, 'src', (path) => path.endsWith('.spec.txt')).sort();
    writeFileSync(join(root, 'out', 'server.txt'), sources.map(read).join(''));
    if (existsSync(join(root, 'edit-while-building'))) appendFileSync(join(root, 'src', 'a.txt'), ' edited');
  },
};
const page = {
  name: 'page',
  inputs: () => filesUnder(root, 'page'),
  output: 'out/page',
  stamp: 'out/page/.stamp.json',
  required: ['out/page/index.txt'],
  build: async () => {
    appendFileSync(join(root, 'builds.log'), 'page\\n');
    rmSync(join(root, 'out', 'page'), { recursive: true, force: true });
    mkdirSync(join(root, 'out', 'page'), { recursive: true });
    writeFileSync(join(root, 'out', 'page', 'index.txt'), read('page/index.txt') + read('shared/part.txt'));
    return [join(root, 'shared', 'part.txt')];
  },
};
const built = await buildParts(root, [server, page], {
  ifChanged: process.argv.includes('--if-changed'),
  scratch: join(root, 'scratch'),
});
process.stdout.write(JSON.stringify(built));
`;

describe('building only what changed (scripts/lib/incremental-build.mjs)', () => {
  let root: string;

  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const read = (path: string): string => readFileSync(join(root, path), 'utf8');
  const builds = (): string[] => (existsSync(join(root, 'builds.log')) ? read('builds.log').split('\n') : []);

  /** Runs the driver; answers the parts it built, from its output and from builds.log. */
  async function build(...flags: string[]): Promise<{ built: string[]; ran: string[] }> {
    rmSync(join(root, 'builds.log'), { force: true });
    const { stdout } = await execFileAsync(process.execPath, ['driver.mjs', ...flags], { cwd: root });
    return { built: JSON.parse(stdout) as string[], ran: builds().filter(Boolean) };
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'incremental-build-'));
    write('driver.mjs', DRIVER);
    write('src/a.txt', 'A1');
    write('src/b.txt', 'B1');
    write('src/a.spec.txt', 'test of a');
    write('page/index.txt', 'P1');
    write('shared/part.txt', 'S1');
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('builds everything the first time and when asked, and nothing when nothing changed', async () => {
    expect(await build('--if-changed')).toEqual({ built: ['server', 'page'], ran: ['server', 'page'] });
    expect(read('out/server.txt')).toBe('A1B1');
    expect(read('out/page/index.txt')).toBe('P1S1');

    expect(await build('--if-changed')).toEqual({ built: [], ran: [] });

    expect(await build()).toEqual({ built: ['server', 'page'], ran: ['server', 'page'] });
  });

  it('rebuilds a part after a change to its sources, and keeps the up-to-date part its build would empty', async () => {
    await build('--if-changed');

    write('src/a.txt', 'A2');
    expect(await build('--if-changed')).toEqual({ built: ['server'], ran: ['server'] });
    expect(read('out/server.txt')).toBe('A2B1');
    expect(read('out/page/index.txt')).toBe('P1S1');
    expect(await build('--if-changed')).toEqual({ built: [], ran: [] });

    write('src/c.txt', 'C1');
    expect((await build('--if-changed')).built).toEqual(['server']);
    expect(read('out/server.txt')).toBe('A2B1C1');

    rmSync(join(root, 'src', 'b.txt'));
    expect((await build('--if-changed')).built).toEqual(['server']);
    expect(read('out/server.txt')).toBe('A2C1');

    write('page/index.txt', 'P2');
    expect(await build('--if-changed')).toEqual({ built: ['page'], ran: ['page'] });
    expect(read('out/page/index.txt')).toBe('P2S1');
  });

  it('follows the inputs a build found (a bundled module outside the part) and ignores files it leaves out', async () => {
    await build('--if-changed');

    write('shared/part.txt', 'S2');
    expect(await build('--if-changed')).toEqual({ built: ['page'], ran: ['page'] });
    expect(read('out/page/index.txt')).toBe('P1S2');

    write('src/a.spec.txt', 'another test of a');
    expect(await build('--if-changed')).toEqual({ built: [], ran: [] });
  });

  it('rebuilds a part whose output is incomplete or was replaced by another build', async () => {
    await build('--if-changed');

    rmSync(join(root, 'out', 'server.txt'));
    expect((await build('--if-changed')).built).toEqual(['server']);
    expect(read('out/server.txt')).toBe('A1B1');

    // Like a `nest build` run by hand: the output, and the stamp in it, are gone.
    rmSync(join(root, 'out'), { recursive: true });
    expect((await build('--if-changed')).built).toEqual(['server', 'page']);
  });

  it('builds again after a failed build, with the kept output back in place', async () => {
    await build('--if-changed');

    write('src/broken', '');
    await expect(build('--if-changed')).rejects.toThrow('the server does not compile');
    expect(read('out/page/index.txt')).toBe('P1S1');

    rmSync(join(root, 'src', 'broken'));
    expect((await build('--if-changed')).built).toEqual(['server']);
    expect(read('out/server.txt')).toBe('A1B1');
  });

  it('builds again when a source was edited during the build', async () => {
    write('edit-while-building', '');
    await build('--if-changed');
    rmSync(join(root, 'edit-while-building'));
    expect(read('out/server.txt')).toBe('A1B1');

    expect((await build('--if-changed')).built).toEqual(['server']);
    expect(read('out/server.txt')).toBe('A1 editedB1');
  });
});
