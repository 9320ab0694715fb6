/** The definition hash a cached cell is keyed by: what changes a column's cells, nothing else. */
import { createHash } from 'node:crypto';
import { PRESENCE_VERSION } from './presence-model';
import type { ResolvedType } from './type-store';

/** Bumped when ranking or value extraction changes, so every cached cell is recomputed. */
export const GRID_ALGORITHM_VERSION = 2;

export function typeDefinitionHash(type: Pick<ResolvedType, 'name' | 'request' | 'valueKind' | 'structure' | 'learned'>): string {
  const key = JSON.stringify([GRID_ALGORITHM_VERSION, PRESENCE_VERSION, type.name, type.request, type.valueKind, type.structure, type.learned]);
  return createHash('sha256').update(key).digest('hex');
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
