import { doubleBookingReason, possibleDoubleBooking, type BankCredit, type BookedPayment } from './double-booking.js';

const credit: BankCredit = { amountCents: 12_345, currency: 'EUR', bookingDate: '2026-11-20', valueDate: null };
const manual = (overrides: Partial<BookedPayment>): BookedPayment => ({
  id: 'p1', source: 'MANUAL', amountCents: 12_345, currency: 'EUR', receivedAt: '2026-11-19', ...overrides,
});

describe('possibleDoubleBooking', () => {
  it.each<[string, Partial<BankCredit>, Partial<BookedPayment>, boolean]>([
    ['same amount the day before', {}, {}, true],
    ['same day', {}, { receivedAt: '2026-11-20' }, true],
    ['3 days before', {}, { receivedAt: '2026-11-17' }, true],
    ['3 days after', {}, { receivedAt: '2026-11-23' }, true],
    ['4 days before', {}, { receivedAt: '2026-11-16' }, false],
    ['4 days after', {}, { receivedAt: '2026-11-24' }, false],
    ['within 3 days of the value date only', { valueDate: '2026-11-14' }, { receivedAt: '2026-11-12' }, true],
    ['another amount', {}, { amountCents: 12_344 }, false],
    ['another currency', {}, { currency: 'DKK' }, false],
    ['a bank payment, not a manual one', {}, { source: 'BANK' }, false],
    ['across a month end', { bookingDate: '2026-12-01' }, { receivedAt: '2026-11-28' }, true],
  ])('%s', (_name, c, p, expected) => {
    const hit = possibleDoubleBooking({ ...credit, ...c }, [manual(p)]);
    expect(hit !== null).toBe(expected);
  });

  it('picks the closest manual payment', () => {
    const hit = possibleDoubleBooking(credit, [manual({ id: 'far', receivedAt: '2026-11-17' }), manual({ id: 'near', receivedAt: '2026-11-21' })]);
    expect(hit?.id).toBe('near');
  });

  it('nothing booked: no match', () => {
    expect(possibleDoubleBooking(credit, [])).toBeNull();
  });
});

describe('doubleBookingReason', () => {
  it('names the amount, the date and the payment', () => {
    const reason = doubleBookingReason(manual({ id: 'pay-7' }));
    expect(reason.en).toMatch(/same amount \(123\.45 EUR\) received 2026-11-19 is on the case \(payment pay-7\)/);
    expect(reason.de).toMatch(/^Möglicherweise doppelt gebucht: .*\(123,45 EUR\), eingegangen am 19\.11\.2026, .*\(Zahlung pay-7\)/);
    expect(reason.da).toMatch(/^Muligvis bogført to gange: .*\(123,45 EUR\), modtaget den 19\.11\.2026, .*\(betaling pay-7\)/);
  });
});
