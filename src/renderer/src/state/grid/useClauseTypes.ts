import { useCallback, useEffect, useState } from 'react';
import type { ClauseTypeDefinition, ClauseTypeEdit, ClauseTypeInput, ColumnSet } from '../../../../shared/grid-api';
import { api, errorSentence } from '../../api/client';

/**
 * The grid's columns: every clause type (built-in and the user's own) and the saved
 * column sets, as the engine keeps them. Each change is written through and the list
 * read again, so the window never shows a column the database does not have.
 */
export function useClauseTypes() {
  const [types, setTypes] = useState<ClauseTypeDefinition[] | null>(null);
  const [sets, setSets] = useState<ColumnSet[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const host = api();
      const [t, s] = await Promise.all([host.listClauseTypes(), host.listColumnSets()]);
      setTypes(t);
      setSets(s);
      setError(null);
    } catch (e) {
      setError(errorSentence(e));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  /** Runs a change; resolves with a sentence when it failed, null when it worked. */
  const change = useCallback(
    async (work: () => Promise<unknown>): Promise<string | null> => {
      try {
        await work();
        await load();
        return null;
      } catch (e) {
        return errorSentence(e);
      }
    },
    [load],
  );

  const addType = useCallback((input: ClauseTypeInput) => change(() => api().addClauseType(input)), [change]);
  const editType = useCallback((typeId: string, edit: ClauseTypeEdit) => change(() => api().editClauseType(typeId, edit)), [change]);
  const saveSet = useCallback((name: string, typeIds: string[]) => change(() => api().saveColumnSet(name, typeIds)), [change]);
  const removeSet = useCallback((name: string) => change(() => api().removeColumnSet(name)), [change]);

  return { types, sets, error, reload: load, addType, editType, saveSet, removeSet };
}

export type ClauseTypes = ReturnType<typeof useClauseTypes>;
