/**
 * A print batch part's PDF, merged from the letters' own stored PDFs one letter at a time: the
 * pages printed are the archived originals (the manifest's `pdf_sha256`), and only one letter is in
 * memory at once, so a part streams to its download whatever its size.
 *
 * The letters are PDFs that pdfkit wrote (`letter-pdf.ts`): PDF 1.3, a classic cross-reference table,
 * no object streams, every dictionary in plain text and every stream with its length. A letter's pages
 * and the objects they use (contents, resources, fonts) are copied with new object numbers; its
 * catalog, page tree and document information are left behind. Each letter starts on a new sheet: a
 * letter with an odd number of pages is followed by a blank page (printing on both sides).
 *
 * The same letters in the same order give the same bytes: the part's hash is taken when the batch is
 * made and checked against every download.
 */

const REF = /(\d+) 0 R\b/g;
const CATALOG = 1;
const PAGES = 2;
const INFO = 3;

interface SourceObject {
  /** Everything between `N 0 obj` and `endobj` that is not stream data (the dictionary or value). */
  head: string;
  /** `stream ... endstream` with its data, as it was. */
  stream: Buffer | null;
}

export interface PlacedLetter {
  firstPage: number;
  lastPage: number;
  pages: number;
}

export class PdfMergeError extends Error {}

/** Reads the objects of a pdfkit PDF by its cross-reference table. */
function readObjects(pdf: Buffer): { objects: Map<number, SourceObject>; root: number } {
  const text = pdf.toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!startxref) throw new PdfMergeError('not a PDF with a cross-reference table');
  const xrefAt = Number(startxref[1]);
  const table = /^xref\s+(\d+) (\d+)\s+/.exec(text.slice(xrefAt, xrefAt + 40));
  if (!table) throw new PdfMergeError('the PDF has no classic cross-reference table');
  const first = Number(table[1]);
  const count = Number(table[2]);
  const entriesAt = xrefAt + table[0].length;
  const offsets: { number: number; offset: number }[] = [];
  for (let i = 0; i < count; i++) {
    const entry = text.slice(entriesAt + i * 20, entriesAt + i * 20 + 18);
    if (entry.endsWith(' n')) offsets.push({ number: first + i, offset: Number(entry.slice(0, 10)) });
  }
  const trailer = text.slice(text.indexOf('trailer', entriesAt));
  const root = /\/Root (\d+) 0 R/.exec(trailer);
  if (!root) throw new PdfMergeError('the PDF names no catalog');

  const objects = new Map<number, SourceObject>();
  for (const { number, offset } of offsets) {
    const header = `${number} 0 obj\n`;
    if (text.slice(offset, offset + header.length) !== header) throw new PdfMergeError(`object ${number} is not where the table says`);
    const bodyAt = offset + header.length;
    const end = text.indexOf('\nendobj', bodyAt);
    const streamAt = text.indexOf('\nstream\n', bodyAt);
    if (streamAt >= 0 && streamAt < end) {
      const length = /\/Length (\d+)\b/.exec(text.slice(bodyAt, streamAt));
      if (!length) throw new PdfMergeError(`stream ${number} has no direct length`);
      const dataEnd = streamAt + '\nstream\n'.length + Number(length[1]);
      const close = text.indexOf('\nendstream', dataEnd);
      objects.set(number, {
        head: text.slice(bodyAt, streamAt),
        stream: pdf.subarray(streamAt + 1, close + '\nendstream'.length),
      });
    } else {
      objects.set(number, { head: text.slice(bodyAt, end), stream: null });
    }
  }
  return { objects, root: Number(root[1]) };
}

const refsOf = (head: string): number[] => [...head.matchAll(REF)].map((m) => Number(m[1]));

/** The page objects of a pdfkit PDF, in order (its page tree is one level deep, as pdfkit writes it). */
function pagesOf(objects: Map<number, SourceObject>, root: number): number[] {
  const pagesRef = /\/Pages (\d+) 0 R/.exec(objects.get(root)?.head ?? '');
  const kids = pagesRef ? /\/Kids \[([^\]]*)\]/.exec(objects.get(Number(pagesRef[1]))?.head ?? '') : null;
  if (!kids) throw new PdfMergeError('the PDF has no page list');
  const pages = refsOf(kids[1]!);
  for (const page of pages) {
    if (!/\/Type \/Page\b/.test(objects.get(page)?.head ?? '')) throw new PdfMergeError(`object ${page} is not a page`);
  }
  return pages;
}

/** The document title of a part's PDF. */
export const printPartTitle = (day: string, part: number, of: number): string =>
  (of === 1 ? `Print batch ${day}` : `Print batch ${day}, part ${part} of ${of}`);

const pdfDate = (at: Date): string => `D:${at.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;

/** PDF text string: ASCII as is, other characters as UTF-16BE with a byte order mark. */
function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  return `<feff${Buffer.from(value, 'utf16le').swap16().toString('hex')}>`;
}

/**
 * Writes one part: `start()`, then `add(letterPdf)` for each letter in order, then `end()`; each
 * returns the next bytes of the file.
 */
export class PrintPartPdf {
  private offset = 0;
  private next = INFO + 1;
  private readonly xref: number[] = [];
  private readonly kids: number[] = [];
  private mediaBox = '[0 0 595.28 841.89]';

  constructor(private readonly info: { title: string; createdAt: Date }) {}

  /** Pages written so far (blank ones included). */
  get pageCount(): number {
    return this.kids.length;
  }

  start(): Buffer {
    return this.emit([Buffer.from('%PDF-1.3\n%\xff\xff\xff\xff\n', 'latin1')]);
  }

  /** Adds a letter's pages (and a blank page after an odd number of them); returns the bytes and where the letter sits. */
  add(letterPdf: Buffer): { bytes: Buffer; placed: PlacedLetter } {
    const { objects, root } = readObjects(letterPdf);
    const pages = pagesOf(objects, root);
    // The objects the pages use, numbered anew in the order they are first reached.
    const renumbered = new Map<number, number>();
    const order: number[] = [];
    const visit = (n: number): void => {
      if (renumbered.has(n)) return;
      const object = objects.get(n);
      if (!object) throw new PdfMergeError(`object ${n} is missing`);
      renumbered.set(n, this.next++);
      order.push(n);
      const head = pages.includes(n) ? object.head.replace(/\/Parent \d+ 0 R/, '') : object.head;
      for (const ref of refsOf(head)) visit(ref);
    };
    for (const page of pages) visit(page);

    const firstPage = this.kids.length + 1;
    const chunks: Buffer[] = [];
    for (const n of order) {
      const isPage = pages.includes(n);
      let head = isPage ? objects.get(n)!.head.replace(/\/Parent \d+ 0 R/, '/Parent #') : objects.get(n)!.head;
      head = head.replace(REF, (_, ref: string) => `${renumbered.get(Number(ref))!} 0 R`);
      if (isPage) {
        head = head.replace('/Parent #', `/Parent ${PAGES} 0 R`);
        this.mediaBox = /\/MediaBox (\[[^\]]*\])/.exec(head)?.[1] ?? this.mediaBox;
      }
      chunks.push(this.object(renumbered.get(n)!, head, objects.get(n)!.stream));
    }
    // In the letter's page order (a page may reach another before its turn, through a link).
    for (const page of pages) this.kids.push(renumbered.get(page)!);
    const own = pages.length;
    if (own % 2 === 1) {
      const blank = this.next++;
      this.kids.push(blank);
      chunks.push(this.object(blank, `<<\n/Type /Page\n/Parent ${PAGES} 0 R\n/MediaBox ${this.mediaBox}\n/Resources <<\n>>\n>>`, null));
    }
    return { bytes: Buffer.concat(chunks), placed: { firstPage, lastPage: firstPage + own - 1, pages: own } };
  }

  /** The page tree, catalog, document information, cross-reference table and trailer. */
  end(): Buffer {
    const { title, createdAt } = this.info;
    const kids = this.kids.map((k) => `${k} 0 R`).join(' ');
    const chunks = [
      this.object(PAGES, `<<\n/Type /Pages\n/Count ${this.kids.length}\n/Kids [${kids}]\n>>`, null),
      this.object(CATALOG, `<<\n/Type /Catalog\n/Pages ${PAGES} 0 R\n>>`, null),
      this.object(INFO, `<<\n/Producer (Mahnwerk)\n/Title ${pdfString(title)}\n/CreationDate (${pdfDate(createdAt)})\n/ModDate (${pdfDate(createdAt)})\n>>`, null),
    ];
    const size = this.next;
    const xrefAt = this.offset;
    const lines = ['xref', `0 ${size}`, '0000000000 65535 f '];
    for (let n = 1; n < size; n++) lines.push(`${String(this.xref[n] ?? 0).padStart(10, '0')} 00000 n `);
    lines.push('trailer', `<<\n/Size ${size}\n/Root ${CATALOG} 0 R\n/Info ${INFO} 0 R\n>>`, 'startxref', String(xrefAt), '%%EOF\n');
    chunks.push(Buffer.from(lines.join('\n'), 'latin1'));
    return Buffer.concat(chunks);
  }

  private object(n: number, head: string, stream: Buffer | null): Buffer {
    const parts: Buffer[] = [Buffer.from(`${n} 0 obj\n${head}\n`, 'latin1')];
    if (stream) parts.push(stream, Buffer.from('\n', 'latin1'));
    parts.push(Buffer.from('endobj\n', 'latin1'));
    this.xref[n] = this.offset;
    const bytes = Buffer.concat(parts);
    this.offset += bytes.length;
    return bytes;
  }

  private emit(chunks: Buffer[]): Buffer {
    const bytes = Buffer.concat(chunks);
    this.offset += bytes.length;
    return bytes;
  }
}
