import { parentPort } from 'node:worker_threads';
import { renderLetterPdf, renderPrintBatchPdf, type LetterContent, type PrintBatchPdf } from './letter-pdf.js';

/** A job of the letter render pool (see letter-render-pool.ts): a letter, or a print batch of many. */
export type RenderJob =
  | { id: number; kind: 'letter'; content: LetterContent; createdAt: number }
  | { id: number; kind: 'batch'; contents: LetterContent[]; title: string; createdAt: number };
export type RenderResult =
  | { id: number; pdf: Uint8Array; placed?: PrintBatchPdf['letters']; pageCount?: number }
  | { id: number; error: string };

/** The PDF's bytes, in a buffer of their own so they move to the caller without a copy. */
function ownBytes(pdf: Buffer): Uint8Array {
  const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  return pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? bytes : bytes.slice();
}

parentPort?.on('message', (job: RenderJob) => {
  const done = job.kind === 'letter'
    ? renderLetterPdf(job.content, new Date(job.createdAt)).then((pdf) => ({ id: job.id, pdf: ownBytes(pdf) }))
    : renderPrintBatchPdf(job.contents, job.title, new Date(job.createdAt))
      .then((b) => ({ id: job.id, pdf: ownBytes(b.pdf), placed: b.letters, pageCount: b.pageCount }));
  done.then(
    (result: RenderResult & { pdf: Uint8Array }) => parentPort!.postMessage(result, [result.pdf.buffer as ArrayBuffer]),
    (error: Error) => parentPort!.postMessage({ id: job.id, error: error.message } satisfies RenderResult),
  );
});
