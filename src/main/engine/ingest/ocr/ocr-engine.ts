/**
 * Offline OCR with tesseract.js: the engine runs in its own worker thread, the English
 * LSTM model (best_int) loads from the @tesseract.js-data/eng package folder, and the
 * cache is off, so nothing is fetched and nothing is written to the working directory.
 * Page segmentation is "auto" (psm 3), the tesseract CLI's default.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Worker } from 'tesseract.js';

export interface OcrWord {
  text: string;
  confidence: number;
  /** Pixels of the image, origin top-left. */
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

export interface OcrLine {
  words: OcrWord[];
  bbox: { x0: number; y0: number; x1: number; y1: number };
  /** First line of a paragraph, as tesseract's layout analysis found it. */
  paragraphStart: boolean;
}

export interface OcrPageResult {
  lines: OcrLine[];
}

function englishModelFolder(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

export class OcrEngine {
  private constructor(private readonly worker: Worker) {}

  static async start(): Promise<OcrEngine> {
    const { createWorker, OEM, PSM } = await import('tesseract.js');
    const worker = await createWorker('eng', OEM.LSTM_ONLY, {
      langPath: englishModelFolder(),
      gzip: true,
      cacheMethod: 'none',
    });
    await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, user_defined_dpi: '300' });
    return new OcrEngine(worker);
  }

  /** Recognises one page image (any format leptonica reads: PNG, JPEG, PNM). */
  async recognize(image: Buffer): Promise<OcrPageResult> {
    const { data } = await this.worker.recognize(image, {}, { blocks: true, text: false });
    const lines: OcrLine[] = [];
    for (const block of data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        paragraph.lines.forEach((line, index) => {
          const words = line.words
            .filter((w) => w.text.trim() !== '')
            .map((w) => ({ text: w.text.trim(), confidence: w.confidence, bbox: w.bbox }));
          if (words.length > 0) lines.push({ words, bbox: line.bbox, paragraphStart: index === 0 });
        });
      }
    }
    return { lines };
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
