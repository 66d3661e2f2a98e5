import { describe, expect, it } from 'vitest';
import { caseFileTemplate, parseCsvStart, previewCaseFile } from './csv-preview';

describe('parseCsvStart', () => {
  it('reads quotes, doubled quotes, CRLF and lines inside quotes', () => {
    expect(parseCsvStart('\uFEFFa,b\r\n"x,1","say ""hi"""\n"multi\nline",2\n\n3,4\n', 10)).toEqual([
      { line: 1, values: ['a', 'b'] },
      { line: 2, values: ['x,1', 'say "hi"'] },
      { line: 3, values: ['multi\nline', '2'] },
      { line: 6, values: ['3', '4'] },
    ]);
  });

  it('stops after the records asked for', () => {
    expect(parseCsvStart('a\nb\nc\n', 2)).toHaveLength(2);
  });
});

describe('previewCaseFile', () => {
  it('checks the template and flags bad rows with their column', () => {
    const template = caseFileTemplate();
    const ok = previewCaseFile(template, 20, '2026-12-01');
    expect(ok.check.missing).toEqual([]);
    expect(ok.rows.map((r) => r.problem)).toEqual([null, null]);

    const bad = previewCaseFile(`${template}ALP,D-2,Bob,person,DE,,,INV-3,100,EUR,2026-09-01,2026-09-15,,,,,,,,,,\n`, 20, '2026-12-01');
    expect(bad.rows[2]).toMatchObject({ line: 4, problem: { field: 'debtor_kind' } });
    expect(bad.rows[2]!.problem!.texts).toEqual({
      en: 'debtor_kind: "person" is not one of consumer, business.',
      de: 'debtor_kind: „person“ ist keiner der Werte consumer, business.',
      da: 'debtor_kind: "person" er ikke en af consumer, business.',
    });
  });

  it('words a row of the wrong length in every language', () => {
    const short = previewCaseFile(`${caseFileTemplate()}ALP,too,few\n`, 20, '2026-12-01');
    expect(short.rows[2]!.problem).toEqual({
      field: '', message: 'The row has 3 fields; the header has 22.',
      texts: { en: 'The row has 3 fields; the header has 22.', de: 'Die Zeile hat 3 Felder; die Kopfzeile hat 22.', da: 'Rækken har 3 felter; overskriftsrækken har 22.' },
    });
  });
});
