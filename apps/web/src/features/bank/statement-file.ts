import { defineMessages } from 'react-intl';
import type { BankStatementFormat } from './bank.graphql';
import type { UiText } from './ui-text';

/** The API's limit (importBankStatement refuses larger files); checked here before uploading. */
export const MAX_STATEMENT_BYTES = 5 * 1024 * 1024;

/** The format a file most likely has, from its name and its first characters. */
export function guessFormat(fileName: string, text = ''): BankStatementFormat | null {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return 'CAMT053';
  if (/\.(xml|camt|053)$/i.test(fileName)) return 'CAMT053';
  if (/\.(csv|txt)$/i.test(fileName) || head) return 'CSV';
  return null;
}

export const FILE_MESSAGES = defineMessages({
  empty: { id: 'bank.file.empty', defaultMessage: '{name} is empty.' },
  tooLarge: {
    id: 'bank.file.tooLarge',
    defaultMessage: '{name} has {megabytes, number, ::.0} MB; the limit is 5 MB. Split the statement into smaller files.',
  },
  unreadable: { id: 'bank.file.unreadable', defaultMessage: '{name} could not be read.' },
});

/** A reason not to upload the file, or null. */
export function statementFileProblem(file: { name: string; size: number }): UiText | null {
  if (file.size === 0) return { message: FILE_MESSAGES.empty, values: { name: file.name } };
  if (file.size > MAX_STATEMENT_BYTES) {
    return { message: FILE_MESSAGES.tooLarge, values: { name: file.name, megabytes: Math.round((file.size / 1024 / 1024) * 10) / 10 } };
  }
  return null;
}

/** A statement file as the browser read it. */
export interface ChosenFile {
  name: string;
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

/**
 * The file's text: UTF-8 as the format asks, but many bank exports are still Windows-1252
 * (Latin-1 umlauts); bytes that are not valid UTF-8 are read as Windows-1252 instead of being
 * turned into replacement characters.
 */
export function decodeStatement(bytes: ArrayBuffer | Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
