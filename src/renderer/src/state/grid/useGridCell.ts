import { useEffect, useState } from 'react';
import type { GridCellDetail } from '../../../../shared/grid-api';
import { api, errorSentence } from '../../api/client';

/**
 * The open cell in full (its clause and runners-up), fetched when the cell opens or
 * when its contents may have changed (`version`: the summary the grid holds for it).
 */
export function useGridCell(target: { documentId: number; typeId: string } | null, version: unknown): { detail: GridCellDetail | null; error: string | null } {
  const [state, setState] = useState<{ key: string | null; detail: GridCellDetail | null; error: string | null }>({ key: null, detail: null, error: null });
  const key = target ? `${target.documentId}:${target.typeId}` : null;
  useEffect(() => {
    if (!target) return;
    let live = true;
    api()
      .getGridCell(target.documentId, target.typeId)
      .then(
        (detail) => live && setState({ key, detail, error: null }),
        (e: unknown) => live && setState({ key, detail: null, error: errorSentence(e) }),
      );
    return () => {
      live = false;
    };
  }, [key, version]);
  // Another cell's detail is never shown while this one loads.
  return state.key === key ? { detail: state.detail, error: state.error } : { detail: null, error: null };
}
