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
  /** The debtor's personal portal link, printed with its QR code under the payment block; none: left out. */
  portal?: { url: string; caption: string } | null;
}

const QR_SIZE = 92;
/** Quiet zone around the code, in modules (the PNG had 2, kept). */
const QR_MARGIN = 2;

/**
 * The GiroCode's modules: EPC069-12 asks for error correction level M and at most QR version 13.
 * Drawn as vector rectangles (one per run of dark modules in a row): no PNG to encode and for
 * pdfkit to decode again, which took three quarters of a letter's rendering time.
 */
export function epcQrRuns(payload: string): { size: number; runs: [row: number, col: number, length: number][] } {
  const { modules } = QRCode.create([{ data: Buffer.from(payload, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const runs: [number, number, number][] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) { col++; continue; }
      const from = col;
      while (col < modules.size && modules.get(row, col)) col++;
      runs.push([row, from, col - from]);
    }
  }
  return { size: modules.size, runs };
}

const MARGIN = 56;

type Doc = PDFKit.PDFDocument;

/**
 * pdfkit reads and indexes a standard font's metrics (AFM) for every document anew, about a fifth
 * of a letter's rendering time. The metrics never change: each font is loaded once per process and
 * each new document gets its own font object over the shared metrics (its own PDF object and id).
 * Should pdfkit's internals differ from what this expects, documents load fonts as pdfkit does.
 */
const FONTS = ['Helvetica', 'Helvetica-Bold'] as const;
interface PdfkitFontInternals { _fontFamilies?: Record<string, object>; _fontCount?: number }
let fontTemplates: Map<string, object> | null | undefined;

function sharedFontTemplates(): Map<string, object> | null {
  if (fontTemplates !== undefined) return fontTemplates;
  const template = new PDFDocument({ size: 'A4', autoFirstPage: false });
  const internals = template as unknown as PdfkitFontInternals;
  const out = new Map<string, object>();
  for (const name of FONTS) {
    template.font(name);
    const font = internals._fontFamilies?.[name] as { font?: { kernPairs?: Record<string, number>; getKernPair?: unknown } } | undefined;
    if (!font?.font?.kernPairs || typeof font.font.getKernPair !== 'function') return (fontTemplates = null);
    // Kerning looked up by two map reads instead of a string built per glyph pair.
    const pairs = new Map<string, Map<string, number>>();
    for (const [key, amount] of Object.entries(font.font.kernPairs)) {
      const [left, right] = key.split('\0') as [string, string];
      let inner = pairs.get(left);
      if (!inner) pairs.set(left, (inner = new Map()));
      inner.set(right, amount);
    }
    font.font.getKernPair = (left: string, right: string): number => pairs.get(left)?.get(right) ?? 0;
    out.set(name, font);
  }
  return (fontTemplates = out);
}

/** A new A4 document with the letter fonts loaded from the shared metrics. */
function newDocument(options: PDFKit.PDFDocumentOptions): Doc {
  const templates = sharedFontTemplates();
  if (!templates) return new PDFDocument({ size: 'A4', margin: MARGIN, ...options });
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, ...options, font: null as unknown as string });
  const internals = doc as unknown as Required<PdfkitFontInternals>;
  for (const [name, template] of templates) {
    internals._fontFamilies[name] = Object.assign(Object.create(Object.getPrototypeOf(template) as object) as object, template, {
      document: doc, id: `F${++internals._fontCount}`, dictionary: null, embedded: false,
    });
  }
  return doc.font('Helvetica', 12);
}

/** Collects a document's bytes once it ends. */
function bytesOf(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Renders a letter to an A4 PDF; the letter's own date is the PDF's creation date. */
export async function renderLetterPdf(letter: LetterContent, createdAt: Date): Promise<Buffer> {
  const doc = newDocument({
    info: { Title: letter.title, Author: letter.sender[0] ?? 'Mahnwerk', CreationDate: createdAt, ModDate: createdAt },
  });
  const done = bytesOf(doc);
  drawLetter(doc, letter);
  doc.end();
  return done;
}

/** Draws a letter from the current page on. */
function drawLetter(doc: Doc, letter: LetterContent): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.font('Helvetica').fontSize(8).fillColor('#555').text(letter.sender.join(' · '), MARGIN, MARGIN, { width });
  doc.moveDown(1.5).fontSize(10).fillColor('#000').text(letter.recipient.join('\n'));
  doc.moveDown(2).text([letter.place, letter.date].filter(Boolean).join(', '), { align: 'right', width });
  doc.moveDown(1.5).font('Helvetica-Bold').fontSize(12).text(letter.title);
  doc.moveDown(1).font('Helvetica').fontSize(10).text(letter.salutation);
  for (const paragraph of letter.paragraphs) doc.moveDown(0.7).text(paragraph, { width, align: 'left' });
  if (letter.payment?.epcPayload) drawGiroCode(doc, letter.payment, width);
  if (letter.portal) drawPortalLink(doc, letter.portal, width);
  for (const table of letter.tables) drawTable(doc, table, width);
  doc.moveDown(1);
  for (const line of letter.closing) doc.text(line);
  if (letter.legalNotices.length) {
    doc.moveDown(1.5).fontSize(7.5).fillColor('#333');
    for (const notice of letter.legalNotices) doc.text(notice, { width }).moveDown(0.3);
  }
  doc.fillColor('#000');
}

/** The QR code with its caption and the transfer's amount and reference beside it. */
function drawGiroCode(doc: Doc, payment: LetterPayment, width: number): void {
  const details = [payment.accountHolder, `IBAN ${payment.iban}`, payment.bic ? `BIC ${payment.bic}` : null, payment.reference];
  drawQrBlock(doc, payment.epcPayload!, payment.qrCaption, details.filter(Boolean).join('\n'), width);
}

/** The debtor's portal link: its QR code with the caption and the address beside it. */
function drawPortalLink(doc: Doc, portal: { url: string; caption: string }, width: number): void {
  drawQrBlock(doc, portal.url, portal.caption, portal.url, width);
}

/** A QR code of `payload` (vector modules) with a bold caption and smaller text beside it. */
function drawQrBlock(doc: Doc, payload: string, caption: string, text: string, width: number): void {
  const { size, runs } = epcQrRuns(payload);
  doc.moveDown(0.8);
  if (doc.y + QR_SIZE > doc.page.height - MARGIN) doc.addPage();
  const top = doc.y;
  const module = QR_SIZE / (size + 2 * QR_MARGIN);
  const origin = (n: number) => (n + QR_MARGIN) * module;
  for (const [row, col, length] of runs) doc.rect(MARGIN + origin(col), top + origin(row), length * module, module);
  doc.fillColor('#000').fill();
  const x = MARGIN + QR_SIZE + 12;
  doc.font('Helvetica-Bold').fontSize(9).text(caption, x, top + 8, { width: width - QR_SIZE - 12 });
  doc.font('Helvetica').fontSize(8.5).fillColor('#333').text(text, x, doc.y + 2, { width: width - QR_SIZE - 12 });
  doc.fillColor('#000');
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, top + QR_SIZE);
}

function drawTable(doc: Doc, table: LetterContent['tables'][number], width: number): void {
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
