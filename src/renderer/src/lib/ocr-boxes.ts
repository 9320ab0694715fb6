import type { DocumentView } from '../../../shared/app-api';

type Box = readonly [number, number, number, number];
const cache = new WeakMap<DocumentView, Map<string, Box[]>>();

/** The OCR word boxes of a clause on one scanned page (empty for pages with a text layer); stable per view, clause and page. */
export function ocrBoxesOnPage(view: DocumentView, clause: { id: number; charStart: number; charEnd: number }, pageNumber: number): Box[] {
  if (!view.ocrWords) return EMPTY;
  let byKey = cache.get(view);
  if (!byKey) cache.set(view, (byKey = new Map()));
  const key = `${clause.id}:${pageNumber}`;
  let boxes = byKey.get(key);
  if (!boxes) {
    boxes = view.ocrWords
      .filter((w) => w.pageNumber === pageNumber && w.charEnd > clause.charStart && w.charStart < clause.charEnd)
      .map((w) => w.box);
    byKey.set(key, boxes);
  }
  return boxes;
}

const EMPTY: Box[] = [];
