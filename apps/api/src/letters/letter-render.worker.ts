import { parentPort } from 'node:worker_threads';
import { renderLetterPdf, type LetterContent } from './letter-pdf.js';

/** A job of the letter render pool (see letter-render-pool.ts): a letter. */
export type RenderJob = { id: number; kind: 'letter'; content: LetterContent; createdAt: number };
export type RenderResult =
  | { id: number; pdf: Uint8Array }
  | { id: number; error: string };

/** The PDF's bytes, in a buffer of their own so they move to the caller without a copy. */
function ownBytes(pdf: Buffer): Uint8Array {
  const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  return pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? bytes : bytes.slice();
}

parentPort?.on('message', (job: RenderJob) => {
  const done = renderLetterPdf(job.content, new Date(job.createdAt)).then((pdf) => ({ id: job.id, pdf: ownBytes(pdf) }));
  done.then(
    (result: RenderResult & { pdf: Uint8Array }) => parentPort!.postMessage(result, [result.pdf.buffer as ArrayBuffer]),
    (error: Error) => parentPort!.postMessage({ id: job.id, error: error.message } satisfies RenderResult),
  );
});
