import type { KeyboardEvent, PointerEvent } from 'react';
import { MAX_SHARE, MIN_SHARE } from './useContextShare';

/**
 * The handle between the results and the context panel: drag it, or focus it and use
 * ← / →, to give the contract more or less room.
 */
export function Splitter({ share, onShare }: { share: number; onShare: (share: number) => void }) {
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const area = event.currentTarget.parentElement;
    if (!area) return;
    event.preventDefault();
    // The share is measured across the view that holds the results and the context panel.
    const move = (e: globalThis.PointerEvent) => {
      const { left, right } = area.getBoundingClientRect();
      if (right > left) onShare((right - e.clientX) / (right - left));
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowLeft') onShare(share + 0.05);
    else if (event.key === 'ArrowRight') onShare(share - 0.05);
    else return;
    event.preventDefault();
  };

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the clause panel"
      aria-valuemin={Math.round(MIN_SHARE * 100)}
      aria-valuemax={Math.round(MAX_SHARE * 100)}
      aria-valuenow={Math.round(share * 100)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      data-testid="splitter"
    />
  );
}
