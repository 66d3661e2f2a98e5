import { isLocalizedText, type LocalizedText, type TextLanguage } from '@mahnwerk/domain';

/**
 * A timeline note as a writer gives it: the system's sentence in every language (built with `fill`
 * from a feature's `*.i18n.ts` table), or a plain string (a person's own words, shown as written).
 */
export type ActivityNote = string | LocalizedText;

/** The note's columns: `note` keeps the English (search, exports, audit), `note_texts` every language (null for a plain string). */
export function noteColumns(note: ActivityNote): { note: string; noteTexts: string | null } {
  return typeof note === 'string' ? { note, noteTexts: null } : { note: note.en, noteTexts: JSON.stringify(note) };
}

/** The note in `language`: its stored wording in that language when the system wrote it, else the note as stored. */
export function noteIn(note: string, noteTexts: unknown, language: TextLanguage): string {
  return isLocalizedText(noteTexts) ? noteTexts[language] : note;
}
