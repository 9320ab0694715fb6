/**
 * Watched folders in the desktop app: each is synced when the engine starts (a rescan
 * catches whatever changed while the app was closed) and again shortly after fs.watch
 * reports a change in it. Syncs run on the engine's task queue, so they never overlap
 * an ingest job; the window reads each folder's state (syncing, or the last pass's summary).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AppEvent, WatchedFolder } from '../../shared/app-api';
import type { ClauseEngine } from '../engine/engine';
import { syncFolders, type SyncReport } from '../engine/library/folder-sync';
import { FolderStore } from '../engine/store/folder-store';
import type { TaskQueue } from './task-queue';

// Saving a file fires several events; wait for them to settle before one sync.
const DEBOUNCE_MS = 1500;

export class FolderWatcher {
  private readonly store: FolderStore;
  private readonly watchers = new Map<string, fs.FSWatcher>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly states = new Map<string, string>();

  constructor(
    private readonly engine: ClauseEngine,
    private readonly queue: TaskQueue,
    private readonly emit: (event: AppEvent) => void,
  ) {
    this.store = new FolderStore(engine.db);
  }

  /** Rescans every watched folder and starts watching them. */
  start(): void {
    for (const folder of this.store.folders()) {
      this.watch(folder);
      this.scheduleSync(folder, 0);
    }
  }

  list(): WatchedFolder[] {
    return this.store.folders().map((folder) => ({ path: folder, state: this.states.get(folder) ?? 'Waiting for the first scan…' }));
  }

  add(folder: string): WatchedFolder[] {
    const resolved = path.resolve(folder);
    if (!fs.statSync(resolved, { throwIfNoEntry: false })?.isDirectory()) {
      throw new Error(`${resolved} is not a folder; choose a folder to watch.`);
    }
    this.store.addFolder(resolved);
    this.watch(resolved);
    this.scheduleSync(resolved, 0);
    return this.list();
  }

  remove(folder: string): WatchedFolder[] {
    this.store.removeFolder(folder);
    this.watchers.get(folder)?.close();
    this.watchers.delete(folder);
    clearTimeout(this.timers.get(folder));
    this.states.delete(folder);
    return this.list();
  }

  close(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.watchers.clear();
  }

  private watch(folder: string): void {
    if (this.watchers.has(folder)) return;
    try {
      const watcher = fs.watch(folder, { recursive: true }, () => this.scheduleSync(folder, DEBOUNCE_MS));
      watcher.on('error', () => this.states.set(folder, 'Not watched (the folder cannot be watched); rescanned when the app starts.'));
      this.watchers.set(folder, watcher);
    } catch {
      this.states.set(folder, 'Not watched (the folder cannot be watched); rescanned when the app starts.');
    }
  }

  private scheduleSync(folder: string, delay: number): void {
    clearTimeout(this.timers.get(folder));
    this.timers.set(
      folder,
      setTimeout(() => {
        this.timers.delete(folder);
        this.queue.enqueue({ jobId: null, run: (signal) => this.sync(folder, signal) });
      }, delay),
    );
  }

  private async sync(folder: string, signal: AbortSignal): Promise<void> {
    if (!this.store.folders().includes(folder)) return;
    this.states.set(folder, 'Scanning for new, changed and removed files…');
    this.emit({ type: 'library-changed' });
    try {
      const report = await syncFolders(this.engine, [folder], { signal });
      this.states.set(folder, `Up to date (${new Date().toLocaleTimeString()}): ${summary(report)}.`);
    } catch (error) {
      this.states.set(folder, `The last scan failed: ${(error as Error).message}`);
    }
    this.emit({ type: 'library-changed' });
  }
}

function summary(report: SyncReport): string {
  const count = (outcome: string) => report.ingested.filter((r) => r.outcome === outcome).length;
  const parts = [
    `${count('ingested')} new`,
    `${count('replaced')} changed`,
    `${report.moved.length} moved`,
    `${report.missing.length} missing`,
    `${report.unchanged + report.returned.length} unchanged`,
  ];
  const failed = count('failed');
  if (failed > 0) parts.push(`${failed} failed`);
  return parts.join(', ');
}
