import { caseLimitation, limitationText } from './case-limitation.js';

describe('caseLimitation (the first part of a case to run out)', () => {
  it('takes the claim that runs out first (BGB 195, 199(1))', () => {
    const r = caseLimitation({
      country: 'DE',
      claims: [{ reference: 'INV-2', dueDate: '2024-02-01' }, { reference: 'INV-1', dueDate: '2023-05-10' }],
      acknowledgements: [],
      asOf: '2026-12-01',
    });
    expect(r).toMatchObject({ date: '2026-12-31', daysLeft: 30, reference: 'INV-1' });
    expect(r.explanation[0]).toBe('Claim INV-1, due 2023-05-10');
  });

  it('counts an acknowledgement only for the claims due by then (BGB 212(1) no. 1)', () => {
    const r = caseLimitation({
      country: 'DE',
      claims: [{ reference: 'A', dueDate: '2023-05-10' }, { reference: 'B', dueDate: '2025-03-01' }],
      acknowledgements: ['2025-02-01'],
      asOf: '2026-01-01',
    });
    // A restarts to 2028-02-01; B (due after the payment) ends 2028-12-31
    expect(r).toMatchObject({ date: '2028-02-01', reference: 'A' });
  });

  it('keeps the year-end date against a promise made before the period started (BGB 212 with 199(1))', () => {
    const r = caseLimitation({
      country: 'DE', claims: [{ reference: 'A', dueDate: '2026-03-01' }], acknowledgements: ['2026-06-15'], asOf: '2026-07-01',
    });
    expect(r.date).toBe('2029-12-31');
  });

  it('titled: the interest after the title runs out long before the titled principal (BGB 197(2))', () => {
    const r = caseLimitation({
      country: 'DE', claims: [{ reference: 'A', dueDate: '2023-05-10' }], acknowledgements: [], titledOn: '2025-09-01', asOf: '2026-12-01',
    });
    expect(r).toMatchObject({ date: '2028-12-31', reference: 'A' });
    expect(limitationText(r.explanation)).toBe(
      'Claim A, due 2023-05-10: interest after the title runs out before the titled claim (2055-09-01). '
      + 'Interest falling due after the title of 2025-09-01 keeps the regular 3 years from the end of the year it falls due, not 30 (BGB 197(2), 195, 199(1)): interest from 2025-09-02 to 2028-12-31.',
    );
  });

  it('has no date while proceedings go on, and none without claims', () => {
    expect(caseLimitation({
      country: 'DE', claims: [{ reference: 'A', dueDate: '2023-05-10' }], acknowledgements: [],
      suspensions: [{ from: '2025-03-01', to: null, kind: 'COURT_PROCEEDINGS' }], asOf: '2026-01-01',
    })).toMatchObject({ date: null, daysLeft: null, reference: 'A' });
    expect(caseLimitation({ country: 'DK', claims: [], acknowledgements: [], asOf: '2026-01-01' }).date).toBeNull();
  });

  it('Danish claims: 3 years from the due date (forældelsesloven 3(1)), restarted by a payment (15, 19(1))', () => {
    expect(caseLimitation({
      country: 'DK', claims: [{ reference: 'F-1', dueDate: '2024-04-01' }], acknowledgements: ['2025-01-10'], asOf: '2026-01-01',
    }).date).toBe('2028-01-10');
  });
});
