import type { Logger } from '@nestjs/common';

/**
 * A background job run every few seconds or minutes: its timer does not keep the process alive, a
 * run never starts while the previous one is still going, and a failure is logged, not thrown.
 */
export class Periodic {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly logger: Logger,
    /** What a failure message starts with, e.g. "Recording the recovery forecasts". */
    private readonly what: string,
    private readonly task: () => Promise<void>,
  ) {}

  start(everyMs: number, { runNow = false } = {}): void {
    this.timer = setInterval(() => void this.run(), everyMs);
    this.timer.unref();
    if (runNow) void this.run();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Runs the task now, unless a run is under way. */
  async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.task();
    } catch (error) {
      this.logger.error(`${this.what} failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
