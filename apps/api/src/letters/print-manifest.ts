import { mailPieceOf } from '@mahnwerk/domain';
import { stringify } from 'csv-stringify/sync';
import type { ReadyLetter } from './print-batches.repository.js';

/** The country the agency posts from: domestic or international postage is counted from it. */
export const POSTED_FROM = 'DE';

/**
 * The manifest's columns, in order (UTF-8, comma, one header line, one line per letter; a print-and-mail
 * service reads it beside the part's merged PDF):
 * - `sequence` 1.. in the part's PDF; `letter_id`; `written_on` (ISO date); `creditor_ref`;
 * - `recipient_name`, `address_line_1` .. `address_line_4` (street, postcode and town, ...; empty when
 *   fewer), `country` (ISO 3166-1 alpha-2);
 * - `first_page`, `last_page` (1-based pages of the part's PDF), `pages` (of the letter), `sheets`;
 * - `duplex` (true: both sides), `color` (`bw`), `envelope` (`DL` window envelope up to 5 sheets, else `C4`),
 *   `weight_g` (paper and envelope), `postage_class` (`STANDARD` up to 20 g, `COMPACT` 50 g, `LARGE` 500 g,
 *   `MAXI` 1000 g), `destination` (`DOMESTIC`, `INTERNATIONAL`);
 * - `pdf_sha256` of the letter's own stored PDF (the archived original, the pages printed);
 * - `part`: the part of the day's batch (1..), last so that readers of the columns before keep working.
 */
export const MANIFEST_COLUMNS = [
  'sequence', 'letter_id', 'written_on', 'creditor_ref', 'recipient_name', 'address_line_1', 'address_line_2', 'address_line_3',
  'address_line_4', 'country', 'first_page', 'last_page', 'pages', 'sheets', 'duplex', 'color', 'envelope', 'weight_g',
  'postage_class', 'destination', 'pdf_sha256', 'part',
] as const;

/** The manifest of one part, a letter at a time as the part's PDF is merged. */
export class PrintManifest {
  private readonly rows: (string | number)[][] = [[...MANIFEST_COLUMNS]];
  private sheetTotal = 0;

  constructor(private readonly part: number) {}

  get sheets(): number {
    return this.sheetTotal;
  }

  get letters(): number {
    return this.rows.length - 1;
  }

  add(letter: Omit<ReadyLetter, 'pdf' | 'position'>, placed: { firstPage: number; lastPage: number; pages: number }): void {
    const { firstPage, lastPage, pages } = placed;
    const piece = mailPieceOf(pages, letter.country, POSTED_FROM);
    this.sheetTotal += piece.sheets;
    const [name = '', ...address] = letter.content.recipient;
    // Four address lines; a fifth and later ones are joined into the fourth.
    const lines = [0, 1, 2].map((n) => address[n] ?? '').concat(address.slice(3).join(', '));
    this.rows.push([
      this.rows.length, letter.id, letter.writtenOn, letter.creditorRef, name, ...lines, letter.country, firstPage, lastPage, pages, piece.sheets,
      'true', 'bw', piece.envelope, piece.weightGrams, piece.postageClass, piece.destination, letter.pdfSha256, this.part,
    ]);
  }

  csv(): string {
    return stringify(this.rows);
  }
}
