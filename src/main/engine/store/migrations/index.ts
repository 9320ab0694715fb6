import type { Migration } from './migration';
import { migration0001 } from './0001-initial';

/** Every migration, in order. Append new ones; never reorder or edit old ones. */
export const migrations: readonly Migration[] = [migration0001];
