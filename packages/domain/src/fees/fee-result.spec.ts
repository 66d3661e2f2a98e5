import { assertDatedTable, datedRowOn, requireDatedRowOn } from './fee-result.js';

const table = [
  { from: '2021-01-01', amountCents: 100 },
  { from: '2025-06-01', amountCents: 200 },
];

describe('dated tables (a figure applies from its row until the next)', () => {
  it.each([
    ['2020-12-31', null],
    ['2021-01-01', 100],
    ['2025-05-31', 100],
    ['2025-06-01', 200],
    ['2099-01-01', 200],
  ])('on %s -> %p', (date, amount) => {
    expect(datedRowOn(table, date)?.amountCents ?? null).toBe(amount);
  });

  it('names the table when a date precedes it', () => {
    expect(() => requireDatedRowOn(table, '2020-01-01', 'test fee')).toThrow('No test fee in force on 2020-01-01; the table starts on 2021-01-01');
  });

  it.each([
    ['empty', []],
    ['bad date', [{ from: '2021-02-30' }]],
    ['unsorted', [{ from: '2022-01-01' }, { from: '2021-01-01' }]],
  ])('rejects a %s table', (_name, rows) => {
    expect(() => assertDatedTable(rows, 't')).toThrow(RangeError);
  });

  it('rejects a date that is not a date', () => {
    expect(() => datedRowOn(table, '01.01.2025')).toThrow(RangeError);
  });
});
