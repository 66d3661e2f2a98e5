import { renderLetterPdf, type LetterContent } from './letter-pdf.js';
import { PrintPartPdf } from './print-part-pdf.js';

const letter = (paragraphs: number): LetterContent => ({
  sender: ['Mahnwerk Inkasso GmbH', 'Musterstraße 1', '20095 Hamburg'],
  recipient: ['Debtor', 'Hauptstraße 1', '10115 Berlin'],
  place: 'Hamburg', date: '25.11.2026', title: 'Mahnung', salutation: 'Sehr geehrte Damen und Herren,',
  paragraphs: Array.from({ length: paragraphs }, (_, i) => `Absatz ${i + 1}: ${'Bitte zahlen Sie den offenen Betrag. '.repeat(12)}`),
  tables: [{ headers: ['Posten', 'Betrag'], rows: [['Hauptforderung', '100,00 €']], alignRight: [1] }],
  closing: ['Mit freundlichen Grüßen'], legalNotices: ['Hinweis'],
});

/** Every object the cross-reference table names starts where it says; every reference resolves. */
function checkStructure(pdf: Buffer): { objects: number } {
  const text = pdf.toString('latin1');
  const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
  const [, size] = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt))!;
  const entries = text.slice(xrefAt).split('\n').slice(3, 3 + Number(size) - 1);
  entries.forEach((entry, i) => expect(text.slice(Number(entry.slice(0, 10)), Number(entry.slice(0, 10)) + 12)).toMatch(new RegExp(`^${i + 1} 0 obj\\n`)));
  const heads = text.replace(/\nstream\n[\s\S]*?\nendstream/g, '');
  for (const [, ref] of heads.matchAll(/(\d+) 0 R\b/g)) expect(Number(ref)).toBeLessThan(Number(size));
  return { objects: Number(size) - 1 };
}

const streamsOf = (pdf: Buffer): string[] => [...pdf.toString('latin1').matchAll(/\nstream\n([\s\S]*?)\nendstream/g)].map((m) => m[1]!);

describe('a print part\'s PDF merged from the letters\' own PDFs', () => {
  it('holds every letter\'s pages as they were, each letter on a new sheet, with a valid cross-reference table', async () => {
    const createdAt = new Date('2026-11-25T10:00:00Z');
    const letters = [await renderLetterPdf(letter(1), createdAt), await renderLetterPdf(letter(14), createdAt), await renderLetterPdf(letter(2), createdAt)];
    const ownPages = letters.map((pdf) => pdf.toString('latin1').match(/\/Type \/Page\b/g)!.length);
    expect(ownPages[1]).toBeGreaterThan(1);

    const writer = new PrintPartPdf({ title: 'Print batch 2026-11-25, part 1 of 1', createdAt });
    const chunks = [writer.start()];
    const placed = letters.map((pdf) => {
      const { bytes, placed } = writer.add(pdf);
      chunks.push(bytes);
      return placed;
    });
    chunks.push(writer.end());
    const merged = Buffer.concat(chunks);

    let page = 1;
    placed.forEach((p, i) => {
      expect(p).toEqual({ firstPage: page, lastPage: page + ownPages[i]! - 1, pages: ownPages[i] });
      page += ownPages[i]! + (ownPages[i]! % 2);
    });
    expect(writer.pageCount).toBe(page - 1);
    expect(merged.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(writer.pageCount);
    expect(merged.toString('latin1')).toContain(`/Count ${writer.pageCount}\n`);
    checkStructure(merged);
    // The pages' drawings are the stored letters' bytes.
    expect(streamsOf(merged)).toEqual(letters.flatMap(streamsOf));

    // The same letters give the same bytes.
    const again = new PrintPartPdf({ title: 'Print batch 2026-11-25, part 1 of 1', createdAt });
    expect(Buffer.concat([again.start(), ...letters.map((pdf) => again.add(pdf).bytes), again.end()]).equals(merged)).toBe(true);
  });

  it('refuses what is not a letter PDF', () => {
    expect(() => new PrintPartPdf({ title: 'x', createdAt: new Date(0) }).add(Buffer.from('hello'))).toThrow(/not a PDF/);
  });
});
