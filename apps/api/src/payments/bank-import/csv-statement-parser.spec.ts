import { parseCsvStatement } from './csv-statement-parser.js';
import { StatementFormatError } from './statement-line.js';

const HEADER = 'booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id';

describe('parseCsvStatement', () => {
  it('reads credits with exact cents from "." and "," decimals, skips debits', () => {
    const parsed = parseCsvStatement([
      HEADER,
      '2026-11-20,2026-11-21,250.00,EUR,Rechnung INV-123,Erika Mustermann,DE02120300000000202051,TX-1',
      '2026-11-20,,"1.234,56",eur,"Kd D-000123, danke","Muster, Max",,TX-2',
      '2026-11-20,,-99.90,EUR,Lastschrift,,,TX-3',
      '20.11.2026,,0.1,EUR,,,,TX-4',
    ].join('\r\n'));
    expect(parsed).toEqual({
      source: 'CSV', statementRef: null, accountIban: null, skippedDebits: 1, rejected: [],
      credits: [
        {
          line: 2, bankTransactionId: 'TX-1', bookingDate: '2026-11-20', valueDate: '2026-11-21', amountCents: 25_000,
          currency: 'EUR', remittanceInformation: 'Rechnung INV-123', debtorName: 'Erika Mustermann',
          debtorIban: 'DE02120300000000202051',
        },
        {
          line: 3, bankTransactionId: 'TX-2', bookingDate: '2026-11-20', valueDate: null, amountCents: 123_456,
          currency: 'EUR', remittanceInformation: 'Kd D-000123, danke', debtorName: 'Muster, Max', debtorIban: null,
        },
        {
          line: 5, bankTransactionId: 'TX-4', bookingDate: '2026-11-20', valueDate: null, amountCents: 10,
          currency: 'EUR', remittanceInformation: '', debtorName: null, debtorIban: null,
        },
      ],
    });
  });

  it('reports each bad line with its line number and goes on', () => {
    const parsed = parseCsvStatement([
      HEADER,
      '2026-11-20,,10.00,EUR,ok,,,A',
      '2026-11-20,,abc,EUR,bad amount,,,B',
      '',
      '2026-11-32,,10.00,EUR,bad date,,,C',
      '2026-11-20,,10.00,EUR,"broken "quote",,,D',
      '2026-11-20,,10.00,EUR,too few fields',
      '2026-11-20,,10.00,EUR,no id,,,',
      '2026-11-20,,0.00,EUR,zero,,,E',
      '2026-11-20,,10.00,EURO,bad currency,,,F',
      '2026-11-20,,10.00,EUR,bad iban,,DE00123,G',
      '2026-11-20,,"10.00,EUR,unclosed,,,H',
      '2026-11-20,,1.234,EUR,ambiguous,,,I',
      '2026-11-21,,20.00,EUR,ok too,,,J',
    ].join('\n'));
    expect(parsed.credits.map((c) => [c.line, c.bankTransactionId])).toEqual([[2, 'A'], [14, 'J']]);
    expect(parsed.rejected).toMatchObject([
      { line: 3, message: 'Line 3: amount "abc" is not a decimal number like 250.00 or 250,00.' },
      { line: 5, message: 'Line 5: booking_date "2026-11-32" is not a date (YYYY-MM-DD).' },
      { line: 6, message: expect.stringMatching(/^Line 6: a quoted field goes on after its closing quote/) },
      { line: 7, message: 'Line 7: has 5 fields, the header has 8.' },
      { line: 8, message: expect.stringMatching(/^Line 8: transaction_id is missing/) },
      { line: 9, message: 'Line 9: amount must be greater than zero.' },
      { line: 10, message: 'Line 10: currency "EURO" is not a three-letter ISO code like EUR.' },
      { line: 11, message: 'Line 11: debtor_iban "DE00123" is not a valid IBAN.' },
      { line: 12, message: expect.stringMatching(/^Line 12: a quoted field is not closed/) },
      { line: 13, message: expect.stringMatching(/^Line 13: amount "1.234" is ambiguous/) },
    ]);
    expect(parsed.rejected.map((r) => r.texts.en)).toEqual(parsed.rejected.map((r) => r.message));
    expect(parsed.rejected[1]!.texts).toEqual({
      en: 'Line 5: booking_date "2026-11-32" is not a date (YYYY-MM-DD).',
      de: 'Zeile 5: booking_date „2026-11-32“ ist kein Datum (JJJJ-MM-TT).',
      da: 'Linje 5: booking_date "2026-11-32" er ikke en dato (ÅÅÅÅ-MM-DD).',
    });
    expect(parsed.rejected[3]!.texts.de).toBe('Zeile 7: hat 5 Felder, die Kopfzeile hat 8.');
    expect(parsed.rejected[5]!.texts.da).toBe('Linje 9: beløb skal være større end nul.');
  });

  it('takes the columns in any order, ignores extra ones, reads ";" files and a BOM', () => {
    const parsed = parseCsvStatement(
      '\uFEFFtransaction_id;amount;currency;booking_date;value_date;reference;debtor_name;debtor_iban;memo\n'
      + 'X-1;250,00;EUR;2026-11-20;;INV-9;;;whatever\n',
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.credits).toEqual([expect.objectContaining({ bankTransactionId: 'X-1', amountCents: 25_000, remittanceInformation: 'INV-9' })]);
  });

  it.each<[string, string, RegExp]>([
    ['an empty file', ' \n\n', /empty/],
    ['XML', '<?xml version="1.0"?><Document/>', /looks like XML/],
    ['a header without the required columns', 'date,amount\n2026-11-20,1.00', /lacks booking_date, value_date, currency/],
    ['a header naming a column twice', `${HEADER},amount\n`, /names amount twice/],
  ])('refuses %s as a whole', (_name, content, message) => {
    expect(() => parseCsvStatement(content)).toThrow(StatementFormatError);
    expect(() => parseCsvStatement(content)).toThrow(message);
  });

  it('reads the optional account_iban column as the statement\'s account; two accounts in one file are refused', () => {
    const header = `${HEADER},account_iban`;
    const one = parseCsvStatement(`${header}\n2026-11-20,,1.00,EUR,x,,,A-1,de87 2004 0000 0627 3849 00\n2026-11-20,,-1.00,EUR,x,,,A-2,DE87200400000627384900\n`);
    expect(one.accountIban).toBe('DE87200400000627384900');
    expect(one.credits).toHaveLength(1);
    expect(parseCsvStatement(`${header}\n2026-11-20,,1.00,EUR,x,,,A-1,\n`).accountIban).toBeNull();
    expect(() => parseCsvStatement(`${header}\n2026-11-20,,1.00,EUR,x,,,A-1,DE87200400000627384900\n2026-11-20,,1.00,EUR,x,,,A-2,DE02120300000000202051\n`))
      .toThrow(StatementFormatError);
  });
});
