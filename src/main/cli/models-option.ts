import type { ModelStatus, SearchMode } from '../../shared/api';
import type { ClauseEngine } from '../engine/engine';
import { bestAvailableMode } from '../engine/engine-models';
import { UsageError } from './usage-error';

/**
 * Loads --models DIR into the engine and reports on stderr what is off and why. A
 * missing or broken folder never stops the command: the engine works lexically.
 */
export async function loadModelsOption(engine: ClauseEngine, dir: string | undefined, err: NodeJS.WritableStream): Promise<ModelStatus | null> {
  if (!dir) return null;
  const status = await engine.loadModels(dir);
  for (const line of [...status.problems, ...status.notes]) err.write(`${line}\n`);
  return status;
}

/** The mode asked for, or the best one the loaded models allow, with a sentence when it had to step down. */
export function usableMode(asked: SearchMode, status: ModelStatus | null, err: NodeJS.WritableStream): SearchMode {
  if (asked === 'lexical') return asked;
  if (!status) throw new UsageError(`--mode ${asked} needs --models DIR (a folder with bi-encoder/ and cross-encoder/).`);
  const mode = bestAvailableMode(asked, status);
  if (mode !== asked) err.write(`Searching in ${mode} mode instead of ${asked}.\n`);
  return mode;
}
