import './pdf-zoom.css';

/** How the PDF page is sized: to the panel's width, to the whole page in view, or a multiple of the width. */
export type PdfZoom = { kind: 'width' } | { kind: 'page' } | { kind: 'scale'; scale: number };

export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3];

/** The next zoom step up or down from the current scale (fit width counts as 1). */
export function stepZoom(current: PdfZoom, direction: 1 | -1, pageScale: number): PdfZoom {
  const scale = current.kind === 'scale' ? current.scale : current.kind === 'width' ? 1 : pageScale;
  const next = direction > 0 ? ZOOM_STEPS.find((s) => s > scale + 0.01) : [...ZOOM_STEPS].reverse().find((s) => s < scale - 0.01);
  return { kind: 'scale', scale: next ?? scale };
}

/** Fit width, fit page, − and + for the PDF page, with the zoom as a percentage of the panel's width. */
export function PdfZoomBar({ zoom, percent, onZoom, pageScale }: { zoom: PdfZoom; percent: number; onZoom: (zoom: PdfZoom) => void; pageScale: number }) {
  return (
    <div className="pdf-zoom" role="toolbar" aria-label="Zoom" data-testid="pdf-zoom">
      <button type="button" className="button-quiet" aria-pressed={zoom.kind === 'width'} onClick={() => onZoom({ kind: 'width' })} data-testid="zoom-fit-width">
        Fit width
      </button>
      <button type="button" className="button-quiet" aria-pressed={zoom.kind === 'page'} onClick={() => onZoom({ kind: 'page' })} data-testid="zoom-fit-page">
        Fit page
      </button>
      <button type="button" className="button-quiet" aria-label="Zoom out" onClick={() => onZoom(stepZoom(zoom, -1, pageScale))} data-testid="zoom-out">
        −
      </button>
      <span className="pdf-zoom-level" data-testid="zoom-level">
        {percent} %
      </span>
      <button type="button" className="button-quiet" aria-label="Zoom in" onClick={() => onZoom(stepZoom(zoom, 1, pageScale))} data-testid="zoom-in">
        +
      </button>
    </div>
  );
}
