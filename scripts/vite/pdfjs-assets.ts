/**
 * Ships pdf.js's data folders with the renderer: standard_fonts (the 14 PDF fonts a file
 * may use without embedding them), cmaps (CJK and other predefined encodings) and wasm
 * (JPEG 2000 / JBIG2 decoders and colour management). Built into `pdfjs/<folder>/`
 * beside index.html, and served at the same paths by the dev server, so the renderer
 * can hand pdf.js same-origin URLs that the strict CSP allows.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

export const PDFJS_ASSET_FOLDERS = ['standard_fonts', 'cmaps', 'wasm'] as const;
export const PDFJS_ASSET_BASE = 'pdfjs';

const require = createRequire(import.meta.url);

function pdfjsRoot(): string {
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}

/** Every file to ship, as [path under the output folder, file on disk]. */
export function pdfjsAssetFiles(): Array<[string, string]> {
  const root = pdfjsRoot();
  return PDFJS_ASSET_FOLDERS.flatMap((folder) =>
    fs
      .readdirSync(path.join(root, folder))
      .filter((name) => fs.statSync(path.join(root, folder, name)).isFile())
      .map((name): [string, string] => [`${PDFJS_ASSET_BASE}/${folder}/${name}`, path.join(root, folder, name)]),
  );
}

const CONTENT_TYPES: Record<string, string> = { '.wasm': 'application/wasm', '.js': 'text/javascript' };

export function pdfjsAssets(): Plugin {
  return {
    name: 'clause-search:pdfjs-assets',
    configureServer(server) {
      const files = new Map(pdfjsAssetFiles().map(([url, file]) => [`/${url}`, file]));
      server.middlewares.use((req, res, next) => {
        const file = files.get((req.url ?? '').split('?')[0]!);
        if (!file) return next();
        res.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
        fs.createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const [fileName, file] of pdfjsAssetFiles()) this.emitFile({ type: 'asset', fileName, source: fs.readFileSync(file) });
    },
  };
}
