import { placeholdersOf, TEXT_LANGUAGES } from '../i18n/localized-text.js';
import {
  DEFAULT_PRIORITY_WEIGHTS, callbackWindowText, priorityPartIn, priorityParts, portalRequestReasonText, validatePriorityWeights, type PriorityInput,
} from './case-priority.js';
import { PRIORITY_PART_LABEL_TEXTS, PRIORITY_STAGE_TEXTS, PRIORITY_TEXTS } from './priority.i18n.js';

describe('priority texts in English, German and Danish', () => {
  it('gives every entry the same placeholders in every language', () => {
    for (const table of [PRIORITY_TEXTS, PRIORITY_PART_LABEL_TEXTS, PRIORITY_STAGE_TEXTS]) {
      for (const [key, text] of Object.entries(table)) {
        for (const language of TEXT_LANGUAGES) expect([key, placeholdersOf(text[language])]).toEqual([key, placeholdersOf(text.en)]);
      }
    }
  });

  const input: PriorityInput = {
    openCents: 10_567, daysOverdue: 75, stage: 'AGENCY', brokenPromises: 2, callbackDue: true, currency: 'EUR',
    asOf: '2026-12-07', limitationDate: '2027-01-15', nextCourtDeadline: '2026-11-30', daysSinceLastContact: 2,
    outcomeHistory: { noContact: 2, reached: 0, promisesKept: 1 },
    portalRequests: [{ kind: 'PLAN_REVIEW' }, { kind: 'CALLBACK', window: callbackWindowText(new Date('2026-12-08T13:00:00Z'), new Date('2026-12-08T15:00:00Z'), 'Europe/Berlin') }],
  };
  const parts = priorityParts(input);
  const inLanguage = (language: 'en' | 'de' | 'da') => Object.fromEntries(parts.map((p) => priorityPartIn(p, language)).map((p) => [p.key, p]));

  it('keeps the English wording of label and explanation', () => {
    const en = inLanguage('en');
    for (const p of parts) expect(en[p.key]).toEqual({ key: p.key, label: p.label, points: p.points, maxPoints: p.maxPoints, explanation: p.explanation });
    expect(en.balance!.explanation).toBe('Open balance 105.67 EUR: 85 of 250 points (log scale, full at 1,000,000.00 EUR).');
  });

  it('reads as a German collector expects', () => {
    const de = inLanguage('de');
    expect(Object.values(de).map((p) => p.explanation)).toEqual([
      'Offener Saldo 105,67 EUR: 85 von 250 Punkten (logarithmische Skala, voll ab 1.000.000,00 EUR).',
      '75 Tage überfällig: 31 von 150 Punkten (voll nach 365 Tagen).',
      'Mahnstufe „Übergabe ans Inkasso“: 100 von 100 Punkten (100 % des Höchstwerts für die Mahnstufe).',
      '2 gebrochene Zahlungszusagen oder versäumte Raten: 100 von 150 Punkten (gezählt bis 3).',
      'Ein mit dem Schuldner vereinbarter Rückruf ist fällig: 120 von 120 Punkten.',
      'Verjährung am 15.01.2027, in 39 Tagen: 51 von 90 Punkten (steigt in den letzten 90 Tagen an).',
      'Die Gerichtsfrist zum 30.11.2026 ist abgelaufen: 0 von 70 Punkten.',
      'Letzter Kontaktversuch vor 2 Tagen: 6 von 40 Punkten (voll nach 14 Tagen).',
      'Zuletzt 0 erreicht, 1 Zusage eingehalten, 2 ohne Kontakt: Erreichbarkeit 40 %, 12 von 30 Punkten.',
      'Der Schuldner hat im Portal angefragt: Ratenplan zu prüfen; Rückruf erbeten für 08.12.2026 14:00–16:00 (Europe/Berlin): '
        + '150 von 150 Punkten, bis jemand die Anfrage beantwortet.',
    ]);
    expect(de.balance!.label).toBe('Offener Saldo');
    expect(de.portalRequest!.label).toBe('Der Schuldner hat im Portal angefragt: Ratenplan zu prüfen; Rückruf erbeten für 08.12.2026 14:00–16:00 (Europe/Berlin)');
  });

  it('reads as a Danish collector expects', () => {
    const da = inLanguage('da');
    expect(da.balance!.explanation).toBe('Udestående saldo 105,67 EUR: 85 af 250 point (logaritmisk skala, fuld ved 1.000.000,00 EUR).');
    expect(da.overdue!.explanation).toBe('75 dage i restance: 31 af 150 point (fuld efter 365 dage).');
    expect(da.stage!.explanation).toBe('Rykkertrin "Overdragelse til inkasso": 100 af 100 point (100 % af trinnets maksimum).');
    expect(da.limitation!.explanation).toBe('Forældelse den 15.01.2027, om 39 dage: 51 af 90 point (stiger over de sidste 90 dage).');
    expect(da.lastContact!.explanation).toBe('Seneste kontaktforsøg for 2 dage siden: 6 af 40 point (fuld efter 14 dage).');
    expect(da.outcomeHistory!.explanation).toBe('For nylig 0 truffet, 1 løfte holdt, 2 uden kontakt: kontaktrate 40 %, 12 af 30 point.');
    expect(da.callback!.label).toBe('Tilbageopkald forfaldent');
  });

  it('says one day in the singular in every language', () => {
    const one = Object.fromEntries(priorityParts({ ...input, daysOverdue: 1, daysSinceLastContact: 1, limitationDate: '2026-12-08' }).map((p) => [p.key, p.texts.explanation]));
    expect(one.overdue).toMatchObject({ en: expect.stringMatching(/^1 day overdue/), de: expect.stringMatching(/^1 Tag überfällig/), da: expect.stringMatching(/^1 dag i restance/) });
    expect(one.limitation!.de).toContain('in 1 Tag:');
    expect(one.lastContact!.de).toContain('vor 1 Tag:');
  });

  it('names a callback window whose end falls on another day with both dates', () => {
    const text = portalRequestReasonText([{ kind: 'CALLBACK', window: callbackWindowText(new Date('2026-12-08T22:00:00Z'), new Date('2026-12-09T07:00:00Z'), 'Europe/Copenhagen') }]);
    expect(text.en).toBe('Debtor asked in the portal: callback requested for 2026-12-08 23:00–2026-12-09 08:00 (Europe/Copenhagen)');
    expect(text.da).toBe('Skyldneren har spurgt i portalen: tilbageopkald ønsket 08.12.2026 23:00–09.12.2026 08:00 (Europe/Copenhagen)');
  });

  it('refuses weights in every language', () => {
    const [missing, negative] = validatePriorityWeights({ ...DEFAULT_PRIORITY_WEIGHTS, balance: undefined, stage: -1 });
    expect(missing!.message).toBe('Open balance: a maximum is missing.');
    expect(missing!.texts.de).toBe('Offener Saldo: Es fehlt ein Höchstwert.');
    expect(negative!.texts.da).toBe('Rykkertrin: maksimum skal være et helt tal på 0 eller mere, modtaget: -1.');
    expect(validatePriorityWeights({ ...DEFAULT_PRIORITY_WEIGHTS, balance: 251 })[0]!.texts.de)
      .toBe('Die Höchstwerte ergeben zusammen 1001; die Summe muss zwischen 1 und 1000 liegen.');
  });
});
