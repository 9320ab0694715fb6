import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { reactPreambleAsModule } from './scripts/vite/react-preamble-module';
import { pdfjsAssets } from './scripts/vite/pdfjs-assets';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    // The engine runs in a worker thread (src/main/engine-host): its entry is built beside
    // index.js as out/main/engine-worker.js, where main's builtWorkerSpec() looks for it.
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'engine-worker': resolve(__dirname, 'src/main/engine-host/engine-worker.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    // A sandboxed preload cannot be an ES module: emit CommonJS.
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), reactPreambleAsModule(), pdfjsAssets()],
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } } },
  },
});
