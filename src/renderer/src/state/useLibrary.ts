import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/api';
import { api, errorSentence } from '../api/client';
import { forgetPdf } from '../lib/pdf-cache';
import { jobsReducer } from './jobs';
import { forgetDocumentView } from './useDocumentView';
import { useAppEvent } from './useAppEvent';

/** Embedding progress arrives per batch; the document list needs refreshing far less often. */
const EMBED_REFRESH_MS = 800;
/** A job that went well leaves the panel after a moment; one with a failure stays until dismissed. */
const CLEAN_JOB_LINGER_MS = 8000;

/** The documents in the library and the ingest jobs running or just finished. */
export function useLibrary() {
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [jobs, dispatchJob] = useReducer(jobsReducer, []);
  const refreshTimer = useRef<number | null>(null);

  const refresh = useCallback(async () => {
    try {
      setDocuments(await api().listDocuments());
      setError(null);
    } catch (e) {
      setError(errorSentence(e));
    }
  }, []);

  useEffect(() => {
    void refresh();
    return () => {
      if (refreshTimer.current !== null) window.clearTimeout(refreshTimer.current);
    };
  }, [refresh]);

  const refreshSoon = useCallback(() => {
    if (refreshTimer.current !== null) return;
    refreshTimer.current = window.setTimeout(() => {
      refreshTimer.current = null;
      void refresh();
    }, EMBED_REFRESH_MS);
  }, [refresh]);

  useAppEvent((event) => {
    switch (event.type) {
      case 'ingest-progress':
        dispatchJob(event);
        break;
      case 'ingest-file-done':
        // A replaced file keeps its id but not its text.
        if (event.result.documentId !== null) {
          forgetDocumentView(event.result.documentId);
          forgetPdf(event.result.documentId);
        }
        dispatchJob(event);
        void refresh();
        break;
      case 'job-done':
        dispatchJob(event);
        void refresh();
        break;
      case 'embed-progress':
        dispatchJob(event);
        refreshSoon();
        break;
      case 'library-changed':
      case 'engine-restarted':
        void refresh();
        break;
    }
  });

  const addPaths = useCallback(async (paths: string[]) => {
    const clean = paths.map((p) => p.trim()).filter(Boolean);
    if (clean.length === 0) return;
    try {
      setError(null);
      await api().addPaths(clean);
    } catch (e) {
      setError(errorSentence(e));
    }
  }, []);

  /** The native Open… dialog when the host has one; false tells the caller to offer the path field. */
  const openFiles = useCallback(async (): Promise<boolean> => {
    const host = api();
    if (!host.openFiles) return false;
    try {
      await host.openFiles();
    } catch (e) {
      setError(errorSentence(e));
    }
    return true;
  }, []);

  const cancelJob = useCallback(async (jobId: string) => {
    try {
      await api().cancelJob(jobId);
    } catch (e) {
      setError(errorSentence(e));
    }
  }, []);

  const removeDocument = useCallback(
    async (documentId: number) => {
      try {
        await api().removeDocument(documentId);
        forgetPdf(documentId);
        forgetDocumentView(documentId);
      } catch (e) {
        setError(errorSentence(e));
      }
      await refresh();
    },
    [refresh],
  );

  const dismissJob = useCallback((jobId: string) => dispatchJob({ type: 'dismiss', jobId }), []);

  const lingering = useRef(new Set<string>());
  useEffect(() => {
    for (const job of jobs) {
      const clean = job.finished && !job.error && !job.cancelled && job.files.every((f) => f.state !== 'failed');
      if (!clean || lingering.current.has(job.jobId)) continue;
      lingering.current.add(job.jobId);
      window.setTimeout(() => dismissJob(job.jobId), CLEAN_JOB_LINGER_MS);
    }
  }, [jobs, dismissJob]);

  return { documents, error, jobs, addPaths, openFiles, cancelJob, removeDocument, dismissJob, refresh };
}

export type Library = ReturnType<typeof useLibrary>;
