/**
 * pdf.js's fonts, CMaps and decoders, shipped beside index.html by the renderer build
 * (scripts/vite/pdfjs-assets.ts): without them a PDF's non-embedded standard fonts are
 * substituted, CJK text using predefined CMaps fails and JPEG 2000 images are not drawn.
 */
export function pdfjsDataUrls(base: string = document.baseURI): { standardFontDataUrl: string; cMapUrl: string; cMapPacked: true; wasmUrl: string } {
  const folder = (name: string) => new URL(`pdfjs/${name}/`, base).href;
  return { standardFontDataUrl: folder('standard_fonts'), cMapUrl: folder('cmaps'), cMapPacked: true, wasmUrl: folder('wasm') };
}
