import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with its errors turned into usage errors. */
export function parseCommand<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\.$/, '') + '.');
  }
}

export function requireDb(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new UsageError('Give the database file with --db FILE.');
  return value;
}

export function positiveInt(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a whole number of at least 1.`);
  return n;
}

export function clauseIds(values: string[]): number[] {
  if (values.length === 0) throw new UsageError('Give at least one clause id (see the ids that search prints).');
  return values.map((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`"${v}" is not a clause id; clause ids are whole numbers.`);
    return n;
  });
}
