import { useCallback, useState } from 'react';

const KEY = 'clause-search.context-share';
export const MIN_SHARE = 0.3;
export const MAX_SHARE = 0.7;
const DEFAULT_SHARE = 0.55;

function clamp(share: number): number {
  return Math.min(MAX_SHARE, Math.max(MIN_SHARE, share));
}

/** The context panel's share of the space beside the results, kept across restarts. */
export function useContextShare(): [number, (share: number) => void] {
  const [share, setShareState] = useState(() => {
    const stored = Number(window.localStorage.getItem(KEY));
    return Number.isFinite(stored) && stored > 0 ? clamp(stored) : DEFAULT_SHARE;
  });
  const setShare = useCallback((next: number) => {
    const value = clamp(next);
    setShareState(value);
    window.localStorage.setItem(KEY, String(value));
  }, []);
  return [share, setShare];
}
