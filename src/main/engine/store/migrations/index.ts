import type { Migration } from './migration';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-embeddings';
import { migration0003 } from './0003-rerank-cache';
import { migration0004 } from './0004-review-grid';
import { migration0005 } from './0005-audit-log';
import { migration0006 } from './0006-citations';
import { migration0007 } from './0007-formats-ocr-folders';
import { migration0009 } from './0009-vector-changes';
import { migration0008 } from './0008-definitions-references';

/** Every migration, in order. Append new ones; never reorder or edit released ones. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0009,
  migration0008,
];
