/**
 * Runs long engine work one task at a time: ingest jobs, embedding runs and model loads
 * share one database connection and one set of models, so running them side by side
 * would only make each slower and let a model swap land mid-embedding. Searches do not
 * queue; they interleave with a task whenever it awaits.
 */
export interface Task {
  /** User-visible job id, or null for internal work (model loads) nobody can cancel. */
  jobId: string | null;
  /** Must settle; a rejection is reported to `onTaskError` and the queue goes on. */
  run(signal: AbortSignal): Promise<void>;
  /** Called instead of `run` when the task is cancelled before it started. */
  skipped?(): void;
}

export class TaskQueue {
  private readonly waiting: Task[] = [];
  private running: { task: Task; controller: AbortController } | null = null;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly onTaskError: (error: unknown) => void) {}

  enqueue(...tasks: Task[]): void {
    this.waiting.push(...tasks);
    if (!this.running) void this.pump();
  }

  /** Runs `tasks`, in order, as soon as the running one ends, ahead of those waiting (model reloads). */
  enqueueNext(...tasks: Task[]): void {
    this.waiting.unshift(...tasks);
    if (!this.running) void this.pump();
  }

  /** Cancels a waiting or running job; false when there is no such job (already done). */
  cancel(jobId: string): boolean {
    if (this.running?.task.jobId === jobId) {
      this.running.controller.abort();
      return true;
    }
    const index = this.waiting.findIndex((t) => t.jobId === jobId);
    if (index < 0) return false;
    const [task] = this.waiting.splice(index, 1);
    task!.skipped?.();
    return true;
  }

  /** Drops every waiting task and aborts the running one (shutdown). */
  cancelAll(): void {
    for (const task of this.waiting.splice(0)) task.skipped?.();
    this.running?.controller.abort();
  }

  /** Resolves when nothing is running or waiting. */
  idle(): Promise<void> {
    if (!this.running && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async pump(): Promise<void> {
    let task: Task | undefined;
    while ((task = this.waiting.shift())) {
      const controller = new AbortController();
      this.running = { task, controller };
      try {
        await task.run(controller.signal);
      } catch (error) {
        this.onTaskError(error);
      } finally {
        this.running = null;
      }
    }
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
