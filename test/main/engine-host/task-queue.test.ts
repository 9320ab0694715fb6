import { describe, expect, it } from 'vitest';
import { TaskQueue, type Task } from '../../../src/main/engine-host/task-queue';

/** A task that records its start and waits until released (or aborted). */
function gate(log: string[], name: string, jobId: string | null = name): Task & { release(): void } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return {
    jobId,
    release: () => release(),
    run: async (signal) => {
      log.push(`start ${name}`);
      await Promise.race([released, new Promise((resolve) => signal.addEventListener('abort', resolve))]);
      log.push(signal.aborted ? `aborted ${name}` : `end ${name}`);
    },
    skipped: () => log.push(`skipped ${name}`),
  };
}

describe('TaskQueue', () => {
  it('runs one task at a time, in order, with enqueueNext going ahead of those waiting', async () => {
    const log: string[] = [];
    const queue = new TaskQueue(() => {});
    const [a, b, c] = [gate(log, 'a'), gate(log, 'b'), gate(log, 'c')];
    queue.enqueue(a, b);
    queue.enqueueNext(c);
    expect(log).toEqual(['start a']);
    a.release();
    c.release();
    b.release();
    await queue.idle();
    expect(log).toEqual(['start a', 'end a', 'start c', 'end c', 'start b', 'end b']);
  });

  it('cancels the running task through its signal and a waiting one before it starts', async () => {
    const log: string[] = [];
    const queue = new TaskQueue(() => {});
    queue.enqueue(gate(log, 'a'), gate(log, 'b'), gate(log, 'c'));
    expect(queue.cancel('b')).toBe(true);
    expect(queue.cancel('a')).toBe(true);
    expect(queue.cancel('nope')).toBe(false);
    queue.cancelAll();
    await queue.idle();
    expect(log).toEqual(['start a', 'skipped b', 'skipped c', 'aborted a']);
  });

  it('reports a failing task and goes on', async () => {
    const errors: unknown[] = [];
    const log: string[] = [];
    const queue = new TaskQueue((e) => errors.push(e));
    queue.enqueue({ jobId: null, run: async () => Promise.reject(new Error('boom')) }, { jobId: 'x', run: async () => void log.push('x ran') });
    await queue.idle();
    expect(errors).toMatchObject([{ message: 'boom' }]);
    expect(log).toEqual(['x ran']);
  });
});
