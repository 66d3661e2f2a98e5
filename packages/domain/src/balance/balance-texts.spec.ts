import type { RateTables } from '../interest/statutory-rate.js';
import { balanceLineTexts } from './balance.i18n.js';
import { computeBalance, type BalanceInput } from './compute-balance.js';

const flatBase: Partial<RateTables> = { DE: [{ from: '2000-01-01', ratePercent: '0.27' }], DK: [{ from: '2000-01-01', ratePercent: '0.27' }] };

const input: BalanceInput = {
  country: 'DE',
  debtorKind: 'consumer',
  currency: 'EUR',
  asOf: '2025-12-31',
  claims: [{ reference: 'R-1', principalCents: 123_456, dueDate: '2024-12-01', defaultDate: '2024-12-31' }],
  fees: [{ label: 'Address research', amountCents: 500, chargedOn: '2025-01-20' }],
  payments: [{ amountCents: 20_000, receivedOn: '2025-03-01' }],
  adjustments: [{ kind: 'WRITE_OFF', amountCents: 1_000, bookedOn: '2025-12-01', reason: 'Settled' }],
};

/** The figures of a text, without grouping or decimal marks and with ISO dates as the other languages write them. */
const figures = (text: string) =>
  text.replace(/(\d{4})-(\d{2})-(\d{2})/g, '$3$2$1').replace(/(\d{2})\.(\d{2})\.(\d{4})/g, '$1$2$3').replace(/(\d)[.,](?=\d)/g, '$1').match(/\d+/g);

describe('balance explanations in every language', () => {
  const balance = computeBalance(input, { rateTables: flatBase, lineDetails: true });
  const texts = balance.lines.map((line) => balanceLineTexts(line, 'EUR', 'DE'));

  it('keeps each line\'s own English explanation', () => {
    expect(texts.map((t) => t.en)).toEqual(balance.lines.map((l) => l.explanation));
  });

  it('says the same figures in German and Danish as in English', () => {
    for (const text of texts) {
      expect(figures(text.de)).toEqual(figures(text.en));
      expect(figures(text.da)).toEqual(figures(text.en));
    }
  });

  it('writes German amounts, dates, rates and statutes as a German reader expects', () => {
    expect(texts.map((t) => t.de)).toEqual([
      'Rechnung R-1, fällig am 01.12.2024',
      expect.stringMatching(/^Zinsen auf Rechnung R-1: 5,27 % p\. a\. \(Basiszinssatz 0,27 % \+ 5 Prozentpunkte, §§ 288 Abs\. 1, 247 BGB\) auf 1\.234,56 EUR vom 01\.01\.2025 bis 01\.03\.2025, 60 Tage$/),
      expect.stringMatching(/^Zinsen auf Rechnung R-1: 5,27 % .* vom 02\.03\.2025 bis 31\.12\.2025, 305 Tage$/),
      'Address research, berechnet am 20.01.2025',
      'Zahlung von 200,00 EUR, eingegangen am 01.03.2025: 5,00 EUR auf Kosten; Rechnung R-1: 10,70 EUR auf Zinsen, 184,30 EUR auf die Hauptforderung ' +
        '(§§ 366 Abs. 2, 367 Abs. 1 BGB: Forderung für Forderung, jeweils auf Kosten, dann Zinsen, dann Hauptforderung)',
      'Abgeschrieben: 10,00 EUR am 01.12.2025: Settled',
    ]);
  });

  it('cites the interest statutes as German and Danish readers do', () => {
    const interest = texts[1]!;
    expect(interest.de).toContain('§§ 288 Abs. 1, 247 BGB');
    expect(interest.da).toContain('BGB § 288, stk. 1, og § 247');
  });

  it('names a cost the product knows as the letters of the language do; a creditor\'s own label stays as it is', () => {
    const dunning = computeBalance({ ...input, fees: [{ label: 'Dunning fee', amountCents: 250, chargedOn: '2025-01-20' }] }, { rateTables: flatBase, lineDetails: true });
    const fee = dunning.lines.find((l) => l.kind === 'FEE')!;
    expect(balanceLineTexts(fee, 'EUR', 'DE').de).toBe('Mahnkosten (Porto und Material, §§ 280 Abs. 2, 286 BGB), berechnet am 20.01.2025');
    expect(balanceLineTexts(fee, 'EUR', 'DE').da).toBe('Rykkeromkostninger (porto og materiale), beregnet den 20.01.2025');
  });

  it('reads the English where a line has no detail', () => {
    const plain = computeBalance(input, { rateTables: flatBase });
    expect(balanceLineTexts(plain.lines[0]!, 'EUR', 'DE')).toEqual({ en: 'Invoice R-1 due 2024-12-01', de: 'Invoice R-1 due 2024-12-01', da: 'Invoice R-1 due 2024-12-01' });
  });
});
