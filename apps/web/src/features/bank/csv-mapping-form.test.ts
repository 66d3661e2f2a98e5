import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import {
  columnChoices,
  EMPTY_FORM,
  formFromLayout,
  formProblems,
  mappingForAccount,
  mappingInput,
  rowProblems,
  rowStatus,
  type MappingForm,
} from './csv-mapping-form';
import type { BankCsvLayout } from './bank.graphql';
import { formatUiText } from './ui-text';

const english = createIntl({ locale: 'en-GB', defaultLocale: 'en-GB' });

const LAYOUT: BankCsvLayout = {
  name: 'DE89370400440532013000',
  accountIban: 'DE89370400440532013000',
  delimiter: 'SEMICOLON',
  decimalSeparator: 'COMMA',
  dateFormat: 'DMY_DOTS',
  headerLine: 6,
  defaultCurrency: null,
  columns: {
    bookingDate: 'Buchungstag',
    valueDate: 'Valutadatum',
    amount: 'Betrag',
    debitCredit: null,
    currency: 'Währung',
    counterpartyName: 'Auftraggeber/Empfänger',
    counterpartyIban: 'IBAN',
    reference: 'Verwendungszweck',
    transactionId: null,
  },
};

describe('mapping form', () => {
  it('round-trips a detected layout into the API input', () => {
    const form = formFromLayout(LAYOUT);
    expect(form.columns.transactionId).toBe('');
    expect(form.headerLine).toBe('6');
    expect(formProblems(form)).toEqual({});
    expect(mappingInput(form)).toEqual({ ...LAYOUT, columns: { ...LAYOUT.columns } });
  });

  it('names the fields to fix', () => {
    const form: MappingForm = {
      ...EMPTY_FORM,
      headerLine: '0',
      defaultCurrency: '',
      columns: { ...EMPTY_FORM.columns, bookingDate: 'Datum', valueDate: 'Datum' },
    };
    const problems = formProblems(form);
    expect(Object.keys(problems).sort()).toEqual(
      ['columns.amount', 'columns.bookingDate', 'columns.reference', 'columns.valueDate', 'defaultCurrency', 'headerLine', 'name'].sort(),
    );
    expect(formatUiText(english, problems['columns.valueDate']!)).toBe('“Datum” is chosen twice.');
    expect(formatUiText(english, problems['columns.amount']!)).toBe('Required.');
  });

  it('sends the default currency only without a currency column, IBAN without spaces, empty as null', () => {
    const form: MappingForm = {
      ...formFromLayout(LAYOUT),
      accountIban: 'de89 3704 0044 0532 0130 00',
      defaultCurrency: 'eur',
      columns: { ...formFromLayout(LAYOUT).columns, currency: '', counterpartyIban: ' ' },
    };
    expect(mappingInput(form)).toMatchObject({
      accountIban: 'DE89370400440532013000',
      defaultCurrency: 'EUR',
      columns: { currency: null, counterpartyIban: null },
    });
  });
});

describe('columnChoices', () => {
  it("offers the file's header names and keeps a mapped name the file lacks", () => {
    expect(columnChoices(['Buchungstag', '', 'Betrag'], '')).toEqual(['Buchungstag', 'Betrag']);
    expect(columnChoices(['Buchungstag'], 'Umsatz')).toEqual(['Buchungstag', 'Umsatz']);
  });
});

describe('mappingForAccount', () => {
  it('finds the saved mapping of the account the file names', () => {
    const mappings = [
      { id: 'a', accountIban: null },
      { id: 'b', accountIban: 'DE89370400440532013000' },
    ];
    expect(mappingForAccount(mappings, 'DE89370400440532013000')?.id).toBe('b');
    expect(mappingForAccount(mappings, null)).toBeNull();
    expect(mappingForAccount(mappings, 'DE02120300000000202051')).toBeNull();
  });
});

describe('preview rows', () => {
  it('say what the import does with each row and list the problems by column', () => {
    const errors = [
      { column: 'Betrag', message: 'amount "12.3,4" is not an amount like 1.234,56' },
      { column: null, message: 'row is short' },
    ];
    const status = (row: Parameters<typeof rowStatus>[0]) => {
      const { label, tone } = rowStatus(row);
      return { label: formatUiText(english, label), tone };
    };
    expect(status({ kind: 'REJECTED', alreadyImported: false, errors })).toEqual({ label: '2 problems', tone: 'bad' });
    expect(status({ kind: 'REJECTED', alreadyImported: false, errors: errors.slice(1) }).label).toBe('1 problem');
    expect(status({ kind: 'DEBIT', alreadyImported: false, errors: [] }).label).toBe('Debit, skipped');
    expect(status({ kind: 'CREDIT', alreadyImported: true, errors: [] }).label).toBe('Imported before');
    expect(status({ kind: 'CREDIT', alreadyImported: false, errors: [] })).toEqual({ label: 'Credit', tone: 'good' });
    expect(rowProblems({ errors })).toEqual(['Betrag: amount "12.3,4" is not an amount like 1.234,56', 'row is short']);
  });
});
