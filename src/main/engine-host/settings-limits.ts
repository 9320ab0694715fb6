/**
 * Where the settings live and the ranges each one may take. Kept apart from
 * settings-file.ts, which reads the engine's defaults, so the main process can validate
 * settings without loading the engine (and its native modules) outside the worker.
 */
import path from 'node:path';

export const SETTINGS_LIMITS = {
  // The engine clamps to MAX_TOP_K (engine.ts); a test keeps the two equal.
  topK: { min: 1, max: 1000 },
  topN: { min: 1, max: 1000 },
  rrfK: { min: 1, max: 1000 },
  weight: { min: 0, max: 10 },
  pathLength: 4096,
} as const;

/** settings.json beside the database, so a library and how it is searched travel together. */
export function settingsPathFor(databasePath: string): string {
  return path.join(path.dirname(path.resolve(databasePath)), 'settings.json');
}

export function isModelsDirValue(v: unknown): v is string | null {
  return v === null || (typeof v === 'string' && v.length <= SETTINGS_LIMITS.pathLength && path.isAbsolute(v) && !v.includes('\0'));
}
