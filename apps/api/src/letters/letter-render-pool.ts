import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OnApplicationShutdown } from '@nestjs/common';
import { renderLetterPdf, type LetterContent } from './letter-pdf.js';
import type { RenderJob, RenderResult } from './letter-render.worker.js';

type Done = Extract<RenderResult, { pdf: Uint8Array }>;
interface Pending { resolve: (result: Done) => void; reject: (error: Error) => void }
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
const toBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

interface Slot { worker: Worker; inFlight: number; pending: Map<number, Pending> }

/**
 * Renders letters on worker threads, one per core (pdfkit is synchronous CPU work: on the main thread
 * it would stall every request while a run's letters are written). Workers start with the first
 * letter and stay until shutdown, unreferenced so they never keep the process alive. Jobs go to the
 * worker with the fewest in flight. Where the compiled worker is not there (specs run from the
 * TypeScript sources), letters render in-process, byte for byte the same.
 */
export class LetterRenderPool implements OnApplicationShutdown {
  private workers: Slot[] = [];
  private nextId = 0;
  private readonly workerFile = fileURLToPath(new URL('./letter-render.worker.js', import.meta.url));

  /** `size` workers (default one per core); 0 renders in-process. */
  constructor(private readonly size: number = availableParallelism()) {}

  /** Whether letters render on worker threads (false: in-process). */
  get threaded(): boolean {
    return this.size > 0 && existsSync(this.workerFile);
  }

  async render(content: LetterContent, createdAt: Date): Promise<Buffer> {
    if (!this.threaded) return renderLetterPdf(content, createdAt);
    const done = await this.run({ kind: 'letter', content, createdAt: createdAt.getTime() });
    return toBuffer(done.pdf);
  }

  private run(job: DistributiveOmit<RenderJob, 'id'>): Promise<Done> {
    while (this.workers.length < this.size) this.spawn();
    const slot = this.workers.reduce((best, w) => (w.inFlight < best.inFlight ? w : best));
    const id = ++this.nextId;
    slot.inFlight++;
    return new Promise<Done>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ ...job, id } as RenderJob);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(this.workerFile);
    const slot: Slot = { worker, inFlight: 0, pending: new Map<number, Pending>() };
    worker.unref();
    worker.on('message', (result: RenderResult) => {
      const job = slot.pending.get(result.id);
      if (!job) return;
      slot.pending.delete(result.id);
      slot.inFlight--;
      if (slot.inFlight === 0) worker.unref();
      if ('error' in result) job.reject(new Error(result.error));
      else job.resolve(result);
    });
    worker.on('error', (error) => this.fail(slot, error));
    worker.on('exit', (code) => this.fail(slot, new Error(`letter render worker stopped (exit code ${code})`)));
    this.workers.push(slot);
  }

  /** A worker that died fails its letters; the next letter starts a new one in its place. */
  private fail(slot: Slot, error: Error): void {
    for (const job of slot.pending.values()) job.reject(error);
    slot.pending.clear();
    const index = this.workers.indexOf(slot);
    if (index >= 0) this.workers.splice(index, 1);
  }
}
