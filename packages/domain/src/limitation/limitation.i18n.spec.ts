import { placeholdersOf, TEXT_LANGUAGES } from '../i18n/localized-text.js';
import { caseLimitation, limitationIn } from './case-limitation.js';
import { limitationDateDE, limitationDateDK } from './limitation-date.js';
import { LIMITATION_TEXTS } from './limitation.i18n.js';

describe('limitation explanations in English, German and Danish', () => {
  it('gives every entry the same placeholders in every language', () => {
    for (const [key, text] of Object.entries(LIMITATION_TEXTS)) {
      for (const language of TEXT_LANGUAGES) expect([key, placeholdersOf(text[language])]).toEqual([key, placeholdersOf(text.en)]);
    }
  });

  const german = caseLimitation({
    country: 'DE', claims: [{ reference: 'SWR-1', dueDate: '2023-03-20' }], acknowledgements: ['2024-02-10'], asOf: '2026-12-07',
  });

  it('keeps the English steps as they were', () => {
    expect(german.explanation).toEqual(german.texts.map((t) => t.en));
    expect(limitationIn(german, 'en').text).toBe(
      'Claim SWR-1, due 2023-03-20. Regular limitation: 3 years from the end of 2023, the year the claim arose on 2023-03-20, to 2026-12-31 (BGB 195, 199(1)). '
        + 'Acknowledged on 2024-02-10 (e.g. an instalment): the 3 years start anew, to 2027-02-10 (BGB 212(1) no. 1).',
    );
  });

  it('cites German law as a German reader does, with German dates', () => {
    expect(limitationIn(german, 'de')).toEqual({
      steps: [
        'Forderung SWR-1, fällig am 20.03.2023',
        'Regelmäßige Verjährung: 3 Jahre ab dem Ende des Jahres 2023, in dem der Anspruch am 20.03.2023 entstand, bis 31.12.2026 (§§ 195, 199 Abs. 1 BGB)',
        'Anerkannt am 10.02.2024 (z. B. durch eine Ratenzahlung): Die 3 Jahre beginnen neu, bis 10.02.2027 (§ 212 Abs. 1 Nr. 1 BGB)',
      ],
      text: 'Forderung SWR-1, fällig am 20.03.2023. Regelmäßige Verjährung: 3 Jahre ab dem Ende des Jahres 2023, in dem der Anspruch am 20.03.2023 entstand, '
        + 'bis 31.12.2026 (§§ 195, 199 Abs. 1 BGB). Anerkannt am 10.02.2024 (z. B. durch eine Ratenzahlung): Die 3 Jahre beginnen neu, bis 10.02.2027 (§ 212 Abs. 1 Nr. 1 BGB).',
    });
    expect(limitationIn(german, 'da').steps[1]).toBe(
      'Almindelig forældelse: 3 år fra udgangen af 2023, det år kravet opstod den 20.03.2023, til 31.12.2026 (BGB §§ 195 og 199, stk. 1)',
    );
  });

  it('cites Danish law as a Danish reader does', () => {
    const danish = caseLimitation({ country: 'DK', claims: [{ reference: 'K-7', dueDate: '2024-05-10' }], acknowledgements: ['2025-01-15'], asOf: '2026-12-07' });
    expect(limitationIn(danish, 'da').steps).toEqual([
      'Krav K-7, forfalden 10.05.2024',
      '3 år fra forfaldsdagen 10.05.2024, til 10.05.2027 (forældelsesloven § 2 og § 3, stk. 1)',
      'Anerkendt den 15.01.2025: en ny frist på 3 år til 15.01.2028 (forældelsesloven § 15 og § 19, stk. 1)',
    ]);
    expect(limitationIn(danish, 'de').steps[1]).toBe('3 Jahre ab dem Fälligkeitstag 10.05.2024, bis 10.05.2027 (forældelsesloven §§ 2, 3, stk. 1)');
  });

  it('words every step of suspensions, proceedings and titles in German and Danish', () => {
    const results = [
      limitationDateDE({ arisenOn: '2023-05-10', suspensions: [{ from: '2026-12-01', to: '2026-12-20', kind: 'NEGOTIATIONS' }] }),
      limitationDateDE({ arisenOn: '2023-05-10', suspensions: [{ from: '2024-03-01', to: '2024-09-30', kind: 'COURT_PROCEEDINGS' }] }),
      limitationDateDE({ arisenOn: '2023-05-10', suspensions: [{ from: '2026-03-01', to: null, kind: 'COURT_PROCEEDINGS' }] }),
      limitationDateDE({ arisenOn: '2023-05-10', titledOn: '2025-09-01', asOf: '2027-01-15', acknowledgements: ['2026-02-01'] }),
      limitationDateDK({ arisenOn: '2023-05-10', suspensions: [{ from: '2025-01-10', to: '2025-06-30', kind: 'COURT_PROCEEDINGS', endedBy: 'WITHDRAWN' }] }),
      limitationDateDK({ arisenOn: '2023-05-10', suspensions: [{ from: '2025-01-10', to: '2026-02-28', kind: 'COURT_PROCEEDINGS' }] }),
      limitationDateDK({ arisenOn: '2023-05-10', titledOn: '2024-01-05', acknowledgements: ['2025-02-01'] }),
    ];
    const texts = results.flatMap((r) => [...r.texts, ...(r.interestAfterTitle?.texts ?? [])]);
    expect(texts.length).toBeGreaterThan(10);
    for (const t of texts) {
      // no English date left in the German and Danish sentences, and none of the English words
      expect(t.de).not.toMatch(/\d{4}-\d{2}-\d{2}|\b(to|from|ends|years)\b/);
      expect(t.da).not.toMatch(/\d{4}-\d{2}-\d{2}|\b(to|from|ends|years)\b/);
    }
    expect(texts.map((t) => t.de)).toEqual(expect.arrayContaining([
      'Verhandlungen endeten am 20.12.2026: nicht vor dem 20.03.2027 (§ 203 Satz 2 BGB, 3 Monate)',
      'Gehemmt durch ein noch laufendes Verfahren: noch kein Enddatum (§ 204 Abs. 2 BGB)',
    ]));
    expect(texts.map((t) => t.da)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Sagen fra 10\.01\.2025 sluttede 30\.06\.2025, trukket tilbage af kreditor \(forældelsesloven § 20, stk\. 2, nr\. 2\): intet ekstra år; slutter /),
    ]));
  });
});
