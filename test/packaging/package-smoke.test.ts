/**
 * Packaging smoke test (run by .ci/run, not by `npm test`: set CLAUSE_SEARCH_PACKAGE_SMOKE=1).
 * Packages the built app (`npm run build` first) with electron-builder --dir against a
 * stand-in Electron folder and npmRebuild off (so node_modules is never rebuilt for
 * Electron), then checks the asar and its unpacked files, and runs the packaged engine
 * worker under plain Node on the layout Electron would show it: it must open its library
 * (better-sqlite3 + vec0 through the mapped path), ingest a generated contract and find it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtWorkerSpec } from '../../src/main/engine-host/worker-spec';
import { startClient, writeContracts } from '../main/engine-host/harness';
import { openBareDatabase, sqliteDrivers } from '../helpers/sqlite-driver';
import { asarFiles, isNativeLibrary, mirrorAsar, NATIVE_PLACEHOLDER, writeElectronDlopenShim, type AsarEntry } from './asar-layout';
import { writeStandInElectron } from './stand-in-electron';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const pkg = require('../../package.json') as { main: string; productName?: string; dependencies: Record<string, string> };
const enabled = process.env.CLAUSE_SEARCH_PACKAGE_SMOKE === '1' && process.platform === 'linux';

/** The sqlite-vec and onnxruntime-node names for this OS and CPU (their packages' own layouts). */
const vecPackage = `sqlite-vec-${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
const vecFile = `vec0.${process.platform === 'win32' ? 'dll' : process.platform === 'darwin' ? 'dylib' : 'so'}`;
const ortDir = `node_modules/onnxruntime-node/bin/napi-v6/${process.platform}/${process.arch}`;

let work: string;
let resources: string;
let entries: AsarEntry[];
let byPath: Map<string, AsarEntry>;
/** resources/app.asar rebuilt as a folder (asar-layout.ts), and the preload that stands in for Electron's dlopen redirect. */
let mirror: string;
let shim: string;

describe.skipIf(!enabled)('the packaged app (electron-builder --dir, stand-in Electron)', () => {
  beforeAll(() => {
    if (fs.lstatSync(path.join(root, 'node_modules')).isSymbolicLink()) {
      throw new Error('node_modules is a symbolic link (a worktree sharing another checkout’s packages); electron-builder cannot list dependencies through it, so run the packaging smoke test in a fresh clone after `npm ci`.');
    }
    for (const built of ['out/main/index.js', 'out/main/engine-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      if (!fs.existsSync(path.join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` before the packaging smoke test.`);
    }
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-search-package-'));
    const electronVersion = (require('electron/package.json') as { version: string }).version;
    writeStandInElectron(path.join(work, 'electron-dist'), electronVersion);
    const builder = require.resolve('electron-builder/cli.js');
    try {
      execFileSync(
        process.execPath,
        [builder, '--linux', 'dir', '--publish', 'never', `-c.electronDist=${path.join(work, 'electron-dist')}`, '-c.npmRebuild=false', `-c.directories.output=${path.join(work, 'dist')}`],
        { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
      );
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`electron-builder could not package the app:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`);
    }
    resources = path.join(work, 'dist', 'linux-unpacked', 'resources');
    entries = asarFiles(path.join(resources, 'app.asar'));
    byPath = new Map(entries.map((e) => [e.path, e]));
    mirror = mirrorAsar(resources, path.join(work, 'mirror'));
    shim = path.join(work, 'electron-dlopen-shim.cjs');
    writeElectronDlopenShim(shim);
  }, 240_000);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('has the main entry, the engine worker, the preload and the renderer where index.ts looks for them', () => {
    const main = path.posix.normalize(pkg.main);
    const mainDir = path.posix.dirname(main);
    const expected = [
      main,
      builtWorkerSpec(mainDir).file.split(path.sep).join('/'),
      path.posix.join(mainDir, '../preload/index.cjs'),
      path.posix.join(mainDir, '../renderer/index.html'),
      // pdf.js's data for the renderer (scripts/vite/pdfjs-assets.ts).
      path.posix.join(mainDir, '../renderer/pdfjs/standard_fonts/LiberationSans-Regular.ttf'),
      path.posix.join(mainDir, '../renderer/pdfjs/cmaps/UniJIS-UCS2-H.bcmap'),
      path.posix.join(mainDir, '../renderer/pdfjs/wasm/openjpeg.wasm'),
    ];
    for (const file of expected) {
      expect(byPath.get(file), `${file} is not in app.asar`).toMatchObject({ unpacked: false });
    }
    const packagedPkg = JSON.parse(fs.readFileSync(path.join(mirror, 'package.json'), 'utf8')) as { productName?: string };
    expect(packagedPkg.productName).toBe('Clause Search');
  });

  it('unpacks every native library it carries, and carries the ones this OS needs', () => {
    const packedNative = entries.filter((e) => isNativeLibrary(e.path) && !e.unpacked).map((e) => e.path);
    expect(packedNative, 'native files inside app.asar cannot be loaded by the OS').toEqual([]);
    const required = [
      ...sqliteDrivers.map((name) => `node_modules/${name}/build/Release/better_sqlite3.node`),
      `${ortDir}/onnxruntime_binding.node`,
      `node_modules/${vecPackage}/${vecFile}`,
    ];
    for (const file of required) {
      expect(byPath.get(file), `${file} is not in the package`).toMatchObject({ unpacked: true });
      expect(fs.statSync(path.join(resources, 'app.asar.unpacked', file)).size).toBe(byPath.get(file)!.size);
    }
  });

  it('leaves out other platforms’ binaries and build-only files', () => {
    const unwanted = entries
      .map((e) => e.path)
      .filter(
        (p) =>
          (p.startsWith('node_modules/onnxruntime-node/bin/') && !p.startsWith(`${ortDir}/`)) ||
          /^node_modules\/(tsx|esbuild|@esbuild|onnxruntime-web)\//.test(p) ||
          /^node_modules\/better-sqlite3(-multiple-ciphers)?\/(deps|src|build\/Release\/obj(\.target)?)\//.test(p) ||
          p.endsWith('.map'),
      );
    expect(unwanted.slice(0, 10)).toEqual([]);
  });

  it('opens its library, ingests a contract and finds it, run by plain Node on the layout Electron shows', async () => {
    // Control: the unmapped vec0 path is not loadable, as in the installed app.
    const unmapped = path.join(mirror, 'node_modules', vecPackage, vecFile);
    expect(fs.readFileSync(unmapped, 'utf8')).toBe(NATIVE_PLACEHOLDER);
    const control = openBareDatabase();
    expect(() => control.loadExtension(unmapped)).toThrow();
    control.close();

    const contracts = await writeContracts(path.join(work, 'contracts'), 1);
    const worker = builtWorkerSpec(path.join(mirror, path.posix.dirname(pkg.main)));
    const harness = startClient({ databasePath: path.join(work, 'user-data', 'library.db'), worker: { ...worker, execArgv: ['--require', shim] } });
    try {
      const { jobId } = await harness.client.call('addPaths', [contracts]);
      const done = await harness.waitFor('job-done', (e) => e.jobId === jobId);
      expect(done.error).toBeNull();
      const docs = await harness.client.call('listDocuments', []);
      expect(docs.map((d) => d.status)).toEqual(['ready']);
      const response = await harness.client.call('search', [{ requestId: 1, query: 'acts of God', mode: 'lexical' }]);
      expect(response.results[0]?.text).toContain('acts of God');
    } finally {
      await harness.client.close();
    }
  }, 120_000);

  it('loads onnxruntime-node, transformers.js and the SQLite drivers from the packaged node_modules', () => {
    const probe = path.join(mirror, 'package-smoke-probe.mjs');
    fs.writeFileSync(
      probe,
      [
        "import { createRequire } from 'node:module';",
        'const require = createRequire(import.meta.url);',
        "const ort = await import('onnxruntime-node');",
        "if (typeof ort.InferenceSession?.create !== 'function') throw new Error('onnxruntime-node has no InferenceSession');",
        "await import('@huggingface/transformers');",
        `for (const name of ${JSON.stringify(sqliteDrivers)}) { const D = require(name); new D(':memory:').close(); }`,
        "console.log('loaded');",
      ].join('\n'),
    );
    const run = spawnSync(process.execPath, ['--require', shim, probe], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('loaded');
  }, 60_000);
});
