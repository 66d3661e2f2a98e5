/** Small helpers of the Letters card. */
import type { DunningStage } from '../../ui/format';

/** A stored letter as the card lists it. */
export interface StoredLetter {
  id: string;
  kind: string;
  writtenOn: string;
}

/** A stage the dunning run took the case to (its timeline tells of it), with the letter that run wrote, if stored. */
export interface LetterStep {
  stage: DunningStage;
  channel: string;
  on: string;
  letterId?: string | null;
}

/**
 * One line of the Letters card: a letter the dunning run sent at a stage (with its stored document
 * when there is one), or a stored letter no step accounts for (a plan confirmation, an objection answer).
 */
export type LetterRow<L extends StoredLetter> =
  | { key: string; on: string; stage: DunningStage; letter: L | null }
  | { key: string; on: string; stage: null; letter: L };

/**
 * The case's letters as its timeline tells of them: every letter step of the dunning run, joined to
 * the document it wrote, and every other stored letter; newest first.
 */
export function letterRows<L extends StoredLetter>(steps: readonly LetterStep[], letters: readonly L[]): LetterRow<L>[] {
  const byId = new Map(letters.map((l) => [l.id, l]));
  const stepRows: LetterRow<L>[] = steps
    .filter((s) => s.channel === 'LETTER')
    .map((s) => ({ key: `step:${s.stage}`, on: s.on, stage: s.stage, letter: (s.letterId && byId.get(s.letterId)) || null }));
  const used = new Set(stepRows.map((r) => r.letter?.id));
  const others: LetterRow<L>[] = letters.filter((l) => !used.has(l.id)).map((l) => ({ key: `letter:${l.id}`, on: l.writtenOn, stage: null, letter: l }));
  return [...stepRows, ...others].sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0));
}

/** Characters of a SHA-256 shown in the table; the full hash is in the tooltip. */
export const SHORT_HASH_LENGTH = 12;

export function shortHash(hash: string | null | undefined): string | null {
  return hash ? hash.slice(0, SHORT_HASH_LENGTH) : null;
}

/** A letter's PDF opens in a new tab; a print batch's files download. */
export type DocumentOpening = 'tab' | 'download';

/** The part of `document` openDocumentLink uses (a fake one in tests). */
export interface LinkDocument {
  createElement(tag: 'a'): Pick<HTMLAnchorElement, 'href' | 'target' | 'rel' | 'download' | 'click' | 'remove'>;
  body: { append(node: never): void };
}

/**
 * Opens `url` (a document's path with its single-use `?ticket=`, from issueDownloadTicket) through a
 * link of its own: a new tab without opener or referrer, or a download. The address never holds the
 * session's token.
 */
export function openDocumentLink(url: string, opening: DocumentOpening, doc: LinkDocument): void {
  const link = doc.createElement('a');
  link.href = url;
  if (opening === 'tab') {
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  } else {
    link.download = '';
  }
  doc.body.append(link as never);
  link.click();
  link.remove();
}
