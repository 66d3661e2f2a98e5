import type { Logger } from '@nestjs/common';
import { Periodic } from './periodic.js';

const silentLogger = () => {
  const errors: string[] = [];
  return { errors, logger: { error: (message: string) => errors.push(message) } as unknown as Logger };
};

describe('Periodic', () => {
  it('does not start a run while the previous one is still going', async () => {
    let release!: () => void;
    let runs = 0;
    const { logger } = silentLogger();
    const job = new Periodic(logger, 'The job', () => {
      runs++;
      return new Promise<void>((resolve) => (release = resolve));
    });
    const first = job.run();
    await job.run();
    expect(runs).toBe(1);
    release();
    await first;
    const second = job.run();
    expect(runs).toBe(2);
    release();
    await second;
  });

  it('logs a failure instead of throwing it, and runs again afterwards', async () => {
    const { errors, logger } = silentLogger();
    let fail = true;
    const job = new Periodic(logger, 'The job', async () => {
      if (fail) throw new Error('database away');
    });
    await expect(job.run()).resolves.toBeUndefined();
    expect(errors).toEqual(['The job failed: database away']);
    fail = false;
    await job.run();
    expect(errors).toHaveLength(1);
  });
});
