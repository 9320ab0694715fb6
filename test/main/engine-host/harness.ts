/**
 * Helpers for driving a real engine worker: a client on a temporary library, every
 * event it pushes recorded in order, and waits for the one a test needs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AppEvent } from '../../../src/shared/app-api';
import { EngineClient, type EngineClientOptions } from '../../../src/main/engine-host';
import { makeContractPdf, sampleContractPages } from '../../fixtures/pdf-fixtures';

export interface Harness {
  client: EngineClient;
  events: AppEvent[];
  logs: string[];
  /** Resolves with the first event (already received or still to come) that matches. */
  waitFor<T extends AppEvent['type']>(type: T, match?: (event: Extract<AppEvent, { type: T }>) => boolean): Promise<Extract<AppEvent, { type: T }>>;
}

export function startClient(options: EngineClientOptions): Harness {
  const logs: string[] = [];
  const client = new EngineClient({ logger: { warn: (m) => logs.push(m), error: (m) => logs.push(m) }, ...options });
  const events: AppEvent[] = [];
  const waiters: Array<() => void> = [];
  client.onEvent((event) => {
    events.push(event);
    for (const wake of waiters.splice(0)) wake();
  });
  const waitFor: Harness['waitFor'] = (type, match) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} event within 20 s; got ${events.map((e) => e.type).join(', ')}`)), 20_000);
      const check = () => {
        const found = events.find((e) => e.type === type && (!match || match(e as never)));
        if (found) {
          clearTimeout(timer);
          resolve(found as never);
        } else waiters.push(check);
      };
      check();
    });
  return { client, events, logs, waitFor };
}

export function jobEvents(events: AppEvent[], jobId: string): AppEvent[] {
  return events.filter((e) => 'jobId' in e && e.jobId === jobId);
}

/** `count` distinct contracts (the sample contract under different titles) as PDFs in `dir`. */
export async function writeContracts(dir: string, count: number): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 1; i <= count; i++) {
    const file = path.join(dir, `contract-${String(i).padStart(2, '0')}.pdf`);
    fs.writeFileSync(file, await makeContractPdf({ title: `Master Services Agreement ${i}`, pageNumbers: true, pages: sampleContractPages() }));
    files.push(file);
  }
  return files;
}
