import type { LetterPayment } from '@mahnwerk/domain';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/** What a letter says, independent of how it is drawn (built by the domain package). */
export interface LetterContent {
  sender: string[];
  recipient: string[];
  place?: string;
  date: string;
  title: string;
  salutation: string;
  paragraphs: string[];
  tables: { title?: string; headers: string[]; rows: string[][]; alignRight?: number[] }[];
  closing: string[];
  legalNotices: string[];
  /** Where and how to pay; a letter in euro carries the EPC QR code ("GiroCode") of the transfer. */
  payment?: LetterPayment | null;
}

const QR_SIZE = 92;

/**
 * The GiroCode as a PNG: EPC069-12 asks for error correction level M and at most QR version 13;
 * the quiet zone is part of the image.
 */
export function epcQrPng(payload: string): Promise<Buffer> {
  return QRCode.toBuffer(payload, { errorCorrectionLevel: 'M', margin: 2, scale: 6, type: 'png' });
}

const MARGIN = 56;

/** Renders a letter to an A4 PDF; the letter's own date is the PDF's creation date. */
export async function renderLetterPdf(letter: LetterContent, createdAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: letter.title, Author: letter.sender[0] ?? 'Mahnwerk', CreationDate: createdAt, ModDate: createdAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  doc.font('Helvetica').fontSize(8).fillColor('#555').text(letter.sender.join(' · '), { width });
  doc.moveDown(1.5).fontSize(10).fillColor('#000').text(letter.recipient.join('\n'));
  doc.moveDown(2).text([letter.place, letter.date].filter(Boolean).join(', '), { align: 'right', width });
  doc.moveDown(1.5).font('Helvetica-Bold').fontSize(12).text(letter.title);
  doc.moveDown(1).font('Helvetica').fontSize(10).text(letter.salutation);
  for (const paragraph of letter.paragraphs) doc.moveDown(0.7).text(paragraph, { width, align: 'left' });
  if (letter.payment?.epcPayload) await drawGiroCode(doc, letter.payment, width);
  for (const table of letter.tables) drawTable(doc, table, width);
  doc.moveDown(1);
  for (const line of letter.closing) doc.text(line);
  if (letter.legalNotices.length) {
    doc.moveDown(1.5).fontSize(7.5).fillColor('#333');
    for (const notice of letter.legalNotices) doc.text(notice, { width }).moveDown(0.3);
  }
  doc.end();
  return done;
}

/** The QR code with its caption and the transfer's amount and reference beside it. */
async function drawGiroCode(doc: PDFKit.PDFDocument, payment: LetterPayment, width: number): Promise<void> {
  const png = await epcQrPng(payment.epcPayload!);
  doc.moveDown(0.8);
  if (doc.y + QR_SIZE > doc.page.height - MARGIN) doc.addPage();
  const top = doc.y;
  doc.image(png, MARGIN, top, { width: QR_SIZE, height: QR_SIZE });
  const x = MARGIN + QR_SIZE + 12;
  doc.font('Helvetica-Bold').fontSize(9).text(payment.qrCaption, x, top + 8, { width: width - QR_SIZE - 12 });
  doc.font('Helvetica').fontSize(8.5).fillColor('#333')
    .text([payment.accountHolder, `IBAN ${payment.iban}`, payment.bic ? `BIC ${payment.bic}` : null, payment.reference]
      .filter(Boolean).join('\n'), x, doc.y + 2, { width: width - QR_SIZE - 12 });
  doc.fillColor('#000');
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, top + QR_SIZE);
}

function drawTable(doc: PDFKit.PDFDocument, table: LetterContent['tables'][number], width: number): void {
  const columns = table.headers.length;
  const colWidth = width / columns;
  const right = new Set(table.alignRight ?? []);
  doc.moveDown(1);
  if (table.title) doc.font('Helvetica-Bold').fontSize(10).text(table.title).moveDown(0.3);
  const row = (cells: string[], bold: boolean) => {
    if (doc.y > doc.page.height - MARGIN * 2) doc.addPage();
    const y = doc.y;
    let height = 0;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    cells.forEach((cell, i) => {
      const options = { width: colWidth - 6, align: right.has(i) ? ('right' as const) : ('left' as const) };
      height = Math.max(height, doc.heightOfString(cell, options));
      doc.text(cell, MARGIN + i * colWidth, y, options);
    });
    doc.x = MARGIN;
    doc.y = y + height + 3;
  };
  row(table.headers, true);
  doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).strokeColor('#999').lineWidth(0.5).stroke();
  doc.y += 3;
  for (const cells of table.rows) row(cells.slice(0, columns), false);
}
