// The bench's reference: a bare pdfkit one-page document (one line of text), rendered on a worker thread.
import { parentPort } from 'node:worker_threads';
import PDFDocument from 'pdfkit';

parentPort.on('message', ({ id }) => {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  doc.on('end', () => parentPort.postMessage({ id, bytes: chunks.reduce((n, c) => n + c.length, 0) }));
  doc.text('Hello');
  doc.end();
});
