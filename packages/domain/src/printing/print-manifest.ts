/**
 * How a letter goes through a print-and-mail service: printed on both sides of A4 (duplex), each
 * letter starting on a fresh sheet, folded into a DL window envelope up to its capacity, else a C4
 * envelope; the postage class follows the weight of paper and envelope.
 */

/** Weight of one sheet of 80 g/m² A4 paper (0.0625 m²), in grams. */
export const SHEET_GRAMS = 5;
/** A DL window envelope holds at most this many sheets folded in three. */
export const DL_MAX_SHEETS = 5;
const ENVELOPE_GRAMS = { DL: 5, C4: 20 } as const;

export type Envelope = keyof typeof ENVELOPE_GRAMS;
/** Deutsche Post's letter classes by weight (Standardbrief 20 g, Kompaktbrief 50 g, Großbrief 500 g, Maxibrief 1000 g). */
export type PostageClass = 'STANDARD' | 'COMPACT' | 'LARGE' | 'MAXI';
export type Destination = 'DOMESTIC' | 'INTERNATIONAL';

const POSTAGE_LIMITS: readonly [PostageClass, number][] = [['STANDARD', 20], ['COMPACT', 50], ['LARGE', 500], ['MAXI', 1000]];

/** One letter as the manifest describes it. */
export interface MailPiece {
  pages: number;
  sheets: number;
  envelope: Envelope;
  weightGrams: number;
  postageClass: PostageClass;
  destination: Destination;
}

/** Sheets a letter of `pages` pages takes printed on both sides. */
export function sheetsOf(pages: number): number {
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`A letter has at least one page, not ${pages}.`);
  return Math.ceil(pages / 2);
}

/** The postage class for a weight; beyond the largest class a letter is a parcel, which the batch refuses. */
export function postageClassOf(weightGrams: number): PostageClass {
  const hit = POSTAGE_LIMITS.find(([, limit]) => weightGrams <= limit);
  if (!hit) throw new Error(`A letter of ${weightGrams} g is too heavy to go as a letter.`);
  return hit[0];
}

/** What the print service needs to know of a letter of `pages` pages to `recipientCountry`, sent from `senderCountry`. */
export function mailPieceOf(pages: number, recipientCountry: string, senderCountry: string): MailPiece {
  const sheets = sheetsOf(pages);
  const envelope: Envelope = sheets <= DL_MAX_SHEETS ? 'DL' : 'C4';
  const weightGrams = sheets * SHEET_GRAMS + ENVELOPE_GRAMS[envelope];
  return {
    pages, sheets, envelope, weightGrams, postageClass: postageClassOf(weightGrams),
    destination: recipientCountry.toUpperCase() === senderCountry.toUpperCase() ? 'DOMESTIC' : 'INTERNATIONAL',
  };
}
