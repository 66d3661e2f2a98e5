import {
  CASE_IMPORT_OPTIONAL_COLUMNS, CASE_IMPORT_REQUIRED_COLUMNS, checkCaseImportHeader, fieldCountText, normalizeColumnName, validateCaseImportRow,
  type CaseImportHeaderCheck, type CaseImportRecord, type LocalizedText,
} from '@mahnwerk/domain';

/** One row of the preview: its line in the file, its values by column and the domain's verdict. */
export interface PreviewRow {
  line: number;
  values: string[];
  /** The domain's verdict: `message` in English, `texts` in every language (the screen shows its own). */
  problem: { field: string; message: string; texts: LocalizedText } | null;
}

export interface CaseFilePreview {
  header: string[];
  check: CaseImportHeaderCheck;
  rows: PreviewRow[];
  /** More rows follow the ones shown. */
  truncated: boolean;
}

/**
 * Splits the start of a CSV text (comma, double quotes, CRLF or LF) into records with the line each
 * starts on; stops after `maxRecords`. Enough for a preview: the server reads the whole file itself.
 */
export function parseCsvStart(text: string, maxRecords: number): { line: number; values: string[] }[] {
  const out: { line: number; values: string[] }[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length && out.length < maxRecords) {
    const startLine = line;
    const values: string[] = [];
    let field = '';
    let quoted = false;
    let ended = false;
    while (i < text.length && !ended) {
      const ch = text[i]!;
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        if (ch === '"') quoted = false;
        else {
          if (ch === '\n') line++;
          field += ch;
        }
        i++;
        continue;
      }
      if (ch === '"' && field === '') quoted = true;
      else if (ch === ',') {
        values.push(field);
        field = '';
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && text[i + 1] === '\n') i++;
        line++;
        ended = true;
      } else field += ch;
      i++;
    }
    values.push(field);
    if (values.length === 1 && values[0] === '') continue;
    out.push({ line: startLine, values });
  }
  return out;
}

/** The header check and the first rows of a case file, each checked by the domain's row validator. */
export function previewCaseFile(text: string, maxRows = 20, asOf?: string): CaseFilePreview {
  const records = parseCsvStart(text, maxRows + 2);
  const header = records[0]?.values ?? [];
  const check = checkCaseImportHeader(header);
  const names = header.map(normalizeColumnName);
  const rows = records.slice(1, maxRows + 1).map(({ line, values }) => {
    if (values.length !== header.length) {
      const texts = fieldCountText(values.length, header.length);
      return { line, values, problem: { field: '', message: texts.en, texts } };
    }
    const record: CaseImportRecord = {};
    names.forEach((n, i) => (record[n] = values[i]));
    const result = validateCaseImportRow(record, asOf);
    return { line, values, problem: result.ok ? null : result.problem };
  });
  return { header, check, rows, truncated: records.length > maxRows + 1 };
}

/** A template file: every column, the optional ones last, with two example rows. */
export function caseFileTemplate(): string {
  const columns = [...CASE_IMPORT_REQUIRED_COLUMNS, ...CASE_IMPORT_OPTIONAL_COLUMNS];
  const rows = [
    ['ALP', 'D-1001', 'Erika Mustermann', 'consumer', 'DE', 'erika@example.org', '+49 30 1234567', 'INV-2026-0001', '12500', 'EUR',
      '2026-09-01', '2026-09-15', '', 'Hauptstr. 1', '10115', 'Berlin', 'de', 'Online order 4711', '2026-08-28', 'goods_services', '1', 'true'],
    ['ALP', 'D-1001', 'Erika Mustermann', 'consumer', 'DE', 'erika@example.org', '+49 30 1234567', 'INV-2026-0002', '4990', 'EUR',
      '2026-09-10', '2026-09-24', '', 'Hauptstr. 1', '10115', 'Berlin', 'de', 'Online order 4712', '2026-09-08', 'goods_services', '0', 'true'],
  ];
  return `${[columns, ...rows].map((r) => r.join(',')).join('\n')}\n`;
}
