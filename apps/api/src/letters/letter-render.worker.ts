import { parentPort } from 'node:worker_threads';
import { renderLetterPdf, type LetterContent } from './letter-pdf.js';

/** One job of the letter render pool: a letter's content in, its PDF out (see letter-render-pool.ts). */
export interface RenderJob { id: number; content: LetterContent; createdAt: number }
export type RenderResult = { id: number; pdf: Uint8Array } | { id: number; error: string };

parentPort?.on('message', (job: RenderJob) => {
  renderLetterPdf(job.content, new Date(job.createdAt)).then(
    (pdf) => {
      // The bytes move to the caller without a copy.
      const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      const own = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? bytes : bytes.slice();
      parentPort!.postMessage({ id: job.id, pdf: own } satisfies RenderResult, [own.buffer as ArrayBuffer]);
    },
    (error: Error) => parentPort!.postMessage({ id: job.id, error: error.message } satisfies RenderResult),
  );
});
