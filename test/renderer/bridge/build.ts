/**
 * Builds what the browser tests serve: the renderer, with the app's own renderer config
 * from electron.vite.config.ts (same root, plugins and inputs as `electron-vite build`),
 * into a fresh folder so it is never stale; and the bridge's page script.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Rollup } from 'vite';
import appConfig from '../../../electron.vite.config';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function buildRenderer(outDir: string): Promise<void> {
  const renderer = (appConfig as { renderer?: InlineConfig }).renderer;
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer section.');
  await build({
    ...renderer,
    configFile: false,
    // What electron-vite sets for a renderer: relative asset URLs, as file:// needs.
    base: './',
    logLevel: 'warn',
    build: { ...renderer.build, outDir, emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
  });
}

/** client.ts and what it imports, as one classic script. */
export async function bundleBridgeClient(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry: path.join(here, 'client.ts'), formats: ['iife'], name: 'clauseSearchBridge', fileName: () => 'client.js' },
    },
  })) as Rollup.RollupOutput[];
  const chunk = output[0]!.output.find((item): item is Rollup.OutputChunk => item.type === 'chunk');
  if (!chunk) throw new Error('The bridge client did not bundle.');
  return chunk.code;
}
