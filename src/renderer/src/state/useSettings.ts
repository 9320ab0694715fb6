import { useCallback, useEffect, useState } from 'react';
import type { ModelStatus } from '../../../shared/api';
import type { AppInfo, AppSettings } from '../../../shared/app-api';
import { api, errorSentence } from '../api/client';
import { useAppEvent } from './useAppEvent';

/** Settings, the models' state and the app's facts, loaded once and after each change. */
export function useSettings() {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [models, setModels] = useState<ModelStatus | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const host = api();
      const [s, m, i] = await Promise.all([host.getSettings(), host.modelStatus(), host.info()]);
      setSettings(s);
      setModels(m);
      setInfo(i);
      setError(null);
    } catch (e) {
      setError(errorSentence(e));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  // A restarted engine may have lost or regained its models.
  useAppEvent((event) => {
    if (event.type === 'engine-restarted') void load();
  });

  /** Saves a change; a new models folder is loaded by the engine, so the models' state is read again. */
  const save = useCallback(async (patch: Partial<AppSettings>): Promise<string | null> => {
    try {
      const host = api();
      setSettings(await host.updateSettings(patch));
      setModels(await host.modelStatus());
      return null;
    } catch (e) {
      return errorSentence(e);
    }
  }, []);

  return { settings, models, info, error, save };
}
