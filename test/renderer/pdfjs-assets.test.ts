/**
 * pdf.js's fonts, CMaps and wasm decoders ship with the built renderer, at the URLs the
 * renderer hands pdf.js (pdfjsDataUrls), byte for byte as pdfjs-dist has them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pdfjsAssetFiles, PDFJS_ASSET_FOLDERS } from '../../scripts/vite/pdfjs-assets';
import { pdfjsDataUrls } from '../../src/renderer/src/lib/pdfjs-data-urls';
import { tempDir } from '../helpers/temp-dir';
import { buildRenderer } from './bridge/build';

describe('pdf.js data in the renderer build', () => {
  it('lists standard fonts, packed CMaps and the wasm decoders', () => {
    const names = pdfjsAssetFiles().map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining(['pdfjs/standard_fonts/LiberationSans-Regular.ttf', 'pdfjs/cmaps/UniJIS-UCS2-H.bcmap', 'pdfjs/wasm/openjpeg.wasm']),
    );
    for (const folder of PDFJS_ASSET_FOLDERS) expect(names.some((n) => n.startsWith(`pdfjs/${folder}/`))).toBe(true);
  });

  it('builds every file beside index.html, where the renderer’s URLs point', async () => {
    const out = tempDir();
    await buildRenderer(out);
    const page = pathToFileURL(path.join(out, 'index.html')).href;
    const urls = pdfjsDataUrls(page);
    expect(urls.cMapPacked).toBe(true);
    for (const [name, source] of pdfjsAssetFiles()) {
      const folder = name.split('/')[1] as (typeof PDFJS_ASSET_FOLDERS)[number];
      const base = { standard_fonts: urls.standardFontDataUrl, cmaps: urls.cMapUrl, wasm: urls.wasmUrl }[folder];
      const built = new URL(path.basename(name), base);
      expect(fs.readFileSync(built).equals(fs.readFileSync(source)), name).toBe(true);
    }
  }, 120_000);
});
