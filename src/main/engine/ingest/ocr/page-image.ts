/**
 * The scan image of a PDF page, taken from the page's own largest image (a scanner's
 * page JPEG) rather than rendered: pdf.js decodes it to pixels and they are handed to
 * OCR as an 8-bit grey PNM, which leptonica reads without any canvas.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PageImage {
  /** PGM (P5) bytes. */
  pgm: Buffer;
  width: number;
  height: number;
}

interface DecodedImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;

export async function largestPageImage(page: PDFPageProxy, paintImageOp: number): Promise<PageImage | null> {
  const operators = await page.getOperatorList();
  let best: DecodedImage | null = null;
  for (let i = 0; i < operators.fnArray.length; i++) {
    if (operators.fnArray[i] !== paintImageOp) continue;
    const name = (operators.argsArray[i] as unknown[])[0] as string;
    const image = await objectOf(page, name);
    if (image?.data && (!best || image.width * image.height > best.width * best.height)) best = image;
  }
  return best ? toPgm(best) : null;
}

function objectOf(page: PDFPageProxy, name: string): Promise<DecodedImage | null> {
  const store = name.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => {
    try {
      store.get(name, (image: unknown) => resolve((image as DecodedImage | null) ?? null));
    } catch {
      resolve(null);
    }
  });
}

function toPgm(image: DecodedImage): PageImage | null {
  const { width, height, kind } = image;
  const data = image.data!;
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`);
  const out = Buffer.alloc(header.length + width * height);
  header.copy(out);
  const base = header.length;
  const pixels = width * height;
  if (kind === RGB_24BPP) {
    for (let i = 0, j = 0; i < pixels; i++, j += 3) out[base + i] = (data[j]! * 77 + data[j + 1]! * 150 + data[j + 2]! * 29) >> 8;
  } else if (kind === RGBA_32BPP) {
    for (let i = 0, j = 0; i < pixels; i++, j += 4) out[base + i] = (data[j]! * 77 + data[j + 1]! * 150 + data[j + 2]! * 29) >> 8;
  } else if (kind === GRAYSCALE_1BPP) {
    // Rows are padded to whole bytes; a set bit is white in pdf.js's decoded form.
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const bit = (data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1;
        out[base + y * width + x] = bit ? 255 : 0;
      }
    }
  } else {
    return null;
  }
  return { pgm: out, width, height };
}
