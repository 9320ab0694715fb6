import { useEffect, useRef } from 'react';
import type { AppEvent } from '../../../shared/app-api';
import { api } from '../api/client';

/** Calls `listener` with every engine event while the component is mounted; the latest listener is used without resubscribing. */
export function useAppEvent(listener: (event: AppEvent) => void): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => api().onEvent((event) => latest.current(event)), []);
}
