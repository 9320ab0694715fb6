/**
 * The app's settings, kept as JSON next to the database (settings-limits.ts says where).
 * A hand-edited or damaged file never stops the app: each field that is missing or out
 * of range falls back to its default. Worker side: it reads the engine's defaults.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AppSettings } from '../../shared/app-api';
import { DEFAULT_SETTINGS } from '../engine/engine';
import { isModelsDirValue, SETTINGS_LIMITS } from './settings-limits';

export function defaultAppSettings(defaultModelsDir: string | null): AppSettings {
  return { ...DEFAULT_SETTINGS, modelsDir: defaultModelsDir };
}

const isIntIn = (v: unknown, r: { min: number; max: number }): v is number => Number.isSafeInteger(v) && (v as number) >= r.min && (v as number) <= r.max;
const isNumIn = (v: unknown, r: { min: number; max: number }): v is number => typeof v === 'number' && Number.isFinite(v) && v >= r.min && v <= r.max;

/** Keeps each valid field of `raw` over `fallback`. */
export function sanitizeSettings(raw: unknown, fallback: AppSettings): AppSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    topK: isIntIn(r.topK, SETTINGS_LIMITS.topK) ? r.topK : fallback.topK,
    topN: isIntIn(r.topN, SETTINGS_LIMITS.topN) ? r.topN : fallback.topN,
    rrfK: isIntIn(r.rrfK, SETTINGS_LIMITS.rrfK) ? r.rrfK : fallback.rrfK,
    lexicalWeight: isNumIn(r.lexicalWeight, SETTINGS_LIMITS.weight) ? r.lexicalWeight : fallback.lexicalWeight,
    semanticWeight: isNumIn(r.semanticWeight, SETTINGS_LIMITS.weight) ? r.semanticWeight : fallback.semanticWeight,
    modelsDir: 'modelsDir' in r && isModelsDirValue(r.modelsDir) ? r.modelsDir : fallback.modelsDir,
  };
}

export function readSettingsFile(file: string, defaultModelsDir: string | null): AppSettings {
  const defaults = defaultAppSettings(defaultModelsDir);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return defaults; // absent (first run) or unreadable: start from the defaults
  }
  return sanitizeSettings(raw, defaults);
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
export function writeSettingsFile(file: string, settings: AppSettings): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify({ version: 1, ...settings }, null, 2) + '\n');
  fs.renameSync(temporary, file);
}
