import { useEffect, useRef, useState } from 'react';
import { api, errorSentence } from '../../api/client';
import type { Box } from '../../lib/pdf-page';
import { PdfZoomBar, type PdfZoom } from './PdfZoomBar';

// A stable default: a fresh [] on every render would redraw the page forever.
const NO_BOXES: ReadonlyArray<readonly [number, number, number, number]> = [];

// US Letter until the first page is drawn and its own shape is known.
const DEFAULT_ASPECT = 792 / 612;

type Status = { kind: 'loading' } | { kind: 'ready'; boxes: Box[]; width: number; height: number } | { kind: 'error'; message: string };

/**
 * One page of the original PDF, drawn by pdf.js onto a canvas at the panel's width, with
 * boxes over the lines that hold the clause (lib/pdf-page.ts does the drawing and the
 * matching); previous and next pages are a click away in PageNavigator.
 */
export function PdfPageView({
  documentId,
  pageNumber,
  clauseText,
  ocrBoxes = NO_BOXES,
}: {
  documentId: number;
  pageNumber: number;
  /** The part of the clause printed on this page. */
  clauseText: string;
  /** A scanned page has no text to match: the OCR boxes of the clause's words, as fractions of the page. */
  ocrBoxes?: ReadonlyArray<readonly [number, number, number, number]>;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [frameSize, setFrameSize] = useState({ width: 0, height: 0 });
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [zoom, setZoom] = useState<PdfZoom>({ kind: 'width' });
  const [aspect, setAspect] = useState(DEFAULT_ASPECT);

  // Follow the panel's size: fit width and fit page are always as large as the panel allows.
  useEffect(() => {
    const element = frame.current;
    const panel = element?.closest<HTMLElement>('.tabpanel');
    if (!element) return;
    // Same size, same state: a redraw that changes the frame's height must not loop back here.
    const measure = () => {
      const style = getComputedStyle(element);
      const inner = element.clientWidth - parseFloat(style.paddingLeft || '0') - parseFloat(style.paddingRight || '0');
      const next = { width: Math.floor(inner), height: Math.floor((panel?.clientHeight ?? window.innerHeight) - 120) };
      setFrameSize((current) => (current.width === next.width && current.height === next.height ? current : next));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (panel) observer.observe(panel);
    return () => observer.disconnect();
  }, []);

  // Fit page: the whole page in the panel's height; a zoom step is a multiple of fit width.
  const pageScale = frameSize.width > 0 ? Math.min(1, Math.max(0.2, frameSize.height / aspect / frameSize.width)) : 1;
  const scale = zoom.kind === 'width' ? 1 : zoom.kind === 'page' ? pageScale : zoom.scale;
  const width = Math.max(0, Math.floor(frameSize.width * scale));

  useEffect(() => {
    if (width === 0) return;
    const controller = new AbortController();
    setStatus({ kind: 'loading' });
    (async () => {
      // pdf.js is loaded with the first page shown, not with the window.
      const { pdfOf, drawPage } = await import('../../lib/pdf-page');
      const host = api();
      // The desktop app serves the file by range (clause-pdf:); a browser host sends the bytes.
      const pdf = await pdfOf(documentId, async () => (host.pdfUrl ? host.pdfUrl(documentId) : host.getPdfBytes(documentId)));
      if (controller.signal.aborted) return;
      if (!pdf) {
        setStatus({ kind: 'error', message: 'The original PDF is not available (a text file, or the file has moved or changed); the text is under “In the contract”.' });
        return;
      }
      const drawn = await drawPage(pdf, pageNumber, canvas.current!, width, clauseText, controller.signal);
      const boxes = drawn.boxes.length > 0 ? drawn.boxes : scaledOcrBoxes(ocrBoxes, drawn.width, drawn.height);
      if (controller.signal.aborted) return;
      setStatus({ kind: 'ready', ...drawn, boxes });
      if (drawn.width > 0) setAspect(drawn.height / drawn.width);
    })().catch((error: unknown) => {
      if (controller.signal.aborted || (error instanceof Error && error.name === 'RenderingCancelledException')) return;
      setStatus({ kind: 'error', message: `This page could not be drawn: ${errorSentence(error)}` });
    });
    return () => controller.abort();
  }, [documentId, pageNumber, clauseText, width, ocrBoxes]);

  const ready = status.kind === 'ready';
  // Once drawn, the first highlighted line is scrolled into view (a zoomed page is larger than the panel).
  const firstBox = ready ? status.boxes[0] : undefined;
  useEffect(() => {
    if (!firstBox) return;
    frame.current?.querySelector<HTMLElement>('[data-testid=pdf-highlight]')?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [firstBox?.top, firstBox?.left, width]);

  return (
    <>
    <PdfZoomBar zoom={zoom} percent={Math.round(scale * 100)} onZoom={setZoom} pageScale={pageScale} />
    <div className="pdf-frame" ref={frame}>
      {status.kind === 'loading' && (
        <p className="pdf-status" role="status" data-testid="pdf-status">
          Drawing page {pageNumber}…
        </p>
      )}
      {status.kind === 'error' && (
        <p className="pdf-status is-error" role="alert" data-testid="pdf-status">
          {status.message}
        </p>
      )}
      <div
        className="pdf-page"
        style={ready ? { width: status.width, height: status.height } : undefined}
        data-testid="pdf-page"
        data-rendered={ready ? 'true' : 'false'}
        hidden={status.kind === 'error'}
      >
        <canvas ref={canvas} data-testid="pdf-canvas" aria-label={`Page ${pageNumber} of the original PDF`} role="img" />
        {ready && (
          <div className="pdf-overlay" data-testid="pdf-overlay" aria-hidden="true">
            {status.boxes.map((box, i) => (
              <div key={i} className="pdf-highlight" data-testid="pdf-highlight" style={box} />
            ))}
          </div>
        )}
      </div>
    </div>
    </>
  );
}

function scaledOcrBoxes(boxes: ReadonlyArray<readonly [number, number, number, number]>, width: number, height: number): Box[] {
  return boxes.map(([x0, y0, x1, y1]) => ({ left: x0 * width, top: y0 * height, width: (x1 - x0) * width, height: (y1 - y0) * height }));
}
