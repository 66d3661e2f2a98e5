import { computeBalance } from '../balance/compute-balance.js';
import {
  balanceAdjustmentKindOf, balanceAdjustmentsOf, settlementExpired, settlementPayable, settlementExpiryNote, settlementExpiryText, settlementStatusOn,
  decideSettlement, dunningPausedByAgreement, nextPlanStatus, planDefaultTerms, settlementPaid, settlementWithinCollectorLimit,
} from './agreements.js';

describe('dunningPausedByAgreement', () => {
  it('holds the dunning while a promise is open or a plan runs', () => {
    expect(dunningPausedByAgreement({ promises: [{ status: 'OPEN' }], plans: [] })).toBe(true);
    expect(dunningPausedByAgreement({ promises: [], plans: [{ status: 'ACTIVE' }] })).toBe(true);
  });
  it('lets it resume once the promise is broken or kept, or the plan defaulted', () => {
    expect(dunningPausedByAgreement({ promises: [{ status: 'BROKEN' }, { status: 'KEPT' }], plans: [{ status: 'DEFAULTED' }] })).toBe(false);
    expect(dunningPausedByAgreement({ promises: [], plans: [{ status: 'COMPLETED' }] })).toBe(false);
  });
});

describe('nextPlanStatus', () => {
  const plan = (statuses: ('OPEN' | 'KEPT' | 'BROKEN')[], missedToDefault = 2) =>
    nextPlanStatus({ status: 'ACTIVE', installments: statuses.map((status) => ({ status })), missedToDefault });
  it('defaults after the set number of missed installments', () => {
    expect(plan(['BROKEN', 'OPEN', 'OPEN'])).toBe('ACTIVE');
    expect(plan(['BROKEN', 'BROKEN', 'OPEN'])).toBe('DEFAULTED');
    expect(plan(['BROKEN', 'OPEN'], 1)).toBe('DEFAULTED');
    expect(plan(['KEPT', 'BROKEN', 'KEPT', 'BROKEN'], 3)).toBe('ACTIVE');
  });
  it('completes when every installment is kept', () => {
    expect(plan(['KEPT', 'KEPT'])).toBe('COMPLETED');
  });
  it('keeps an ended plan ended', () => {
    expect(nextPlanStatus({ status: 'DEFAULTED', installments: [{ status: 'KEPT' }], missedToDefault: 2 })).toBe('DEFAULTED');
  });
  it('states the default terms', () => {
    expect(planDefaultTerms(2)).toMatch(/If 2 installments are not paid on time, the whole remaining balance falls due/);
  });
});

describe('decideSettlement', () => {
  const ctx = { openCents: 100_000, currency: 'EUR', today: '2026-03-02', minSharePercent: 80, offeredByLead: false };
  it('lets a collector offer at least the creditor share alone', () => {
    expect(settlementWithinCollectorLimit(80_000, 100_000, 80)).toBe(true);
    const d = decideSettlement({ amountCents: 80_000, validUntil: '2026-03-20' }, ctx);
    expect(d).toMatchObject({ approved: true, waivedCents: 20_000 });
    expect(d.summary).toBe('Settlement offered: 800.00 EUR by 2026-03-20 closes the case (200.00 EUR waived)');
    expect(d.summaryText.de).toBe('Vergleich angeboten: 800,00 EUR bis zum 20.03.2026 erledigt den Fall (200,00 EUR erlassen)');
  });
  it('needs a lead below it, but not when a lead offers', () => {
    expect(decideSettlement({ amountCents: 79_999, validUntil: '2026-03-20' }, ctx).approved).toBe(false);
    expect(decideSettlement({ amountCents: 50_000, validUntil: '2026-03-20' }, { ...ctx, offeredByLead: true }).approved).toBe(true);
  });
  it('refuses the full amount, a past or far deadline', () => {
    expect(() => decideSettlement({ amountCents: 100_000, validUntil: '2026-03-20' }, ctx)).toThrow(/less than the open balance/);
    expect(() => decideSettlement({ amountCents: 90_000, validUntil: '2026-03-01' }, ctx)).toThrow(/past/);
    expect(() => decideSettlement({ amountCents: 90_000, validUntil: '2026-06-01' }, ctx)).toThrow(/at most 60 days/);
  });
});

describe('settlementPaid', () => {
  const s = { amountCents: 800, offeredOn: '2026-03-02', validUntil: '2026-03-20' };
  it('counts payments from the offer to its last day', () => {
    expect(settlementPaid(s, [{ amountCents: 500, receivedOn: '2026-03-01' }, { amountCents: 700, receivedOn: '2026-03-05' }], 300))
      .toEqual({ paid: false, writeOffCents: 0 });
    expect(settlementPaid(s, [{ amountCents: 300, receivedOn: '2026-03-03' }, { amountCents: 500, receivedOn: '2026-03-20' }], 200))
      .toEqual({ paid: true, writeOffCents: 200 });
  });
});

describe('computeBalance with adjustments', () => {
  it('books a write-off as its own line, not a payment', () => {
    const b = computeBalance({
      country: 'DE', debtorKind: 'business', currency: 'EUR', asOf: '2026-03-10',
      claims: [{ reference: 'A', principalCents: 1000, dueDate: '2026-03-01', defaultDate: '2026-03-09' }],
      fees: [], payments: [{ amountCents: 800, receivedOn: '2026-03-05' }],
      adjustments: [{ kind: 'WRITE_OFF', amountCents: 200, bookedOn: '2026-03-05', reason: 'Settlement paid' }],
    });
    expect(b.paidCents).toBe(800);
    expect(b.adjustedCents).toBe(200);
    expect(b.totalCents).toBe(b.interestCents);
    expect(b.lines.filter((l) => l.kind === 'ADJUSTMENT')).toEqual([
      { kind: 'ADJUSTMENT', amountCents: -200, explanation: 'Written off 2.00 EUR on 2026-03-05: Settlement paid' },
    ]);
  });
});

describe('settlementExpired', () => {
  const s = (status: 'PENDING_APPROVAL' | 'OFFERED' | 'DECLINED' | 'PAID' | 'EXPIRED') => ({ status, validUntil: '2026-12-10' });
  it.each([
    ['OFFERED', '2026-12-10', false],
    ['OFFERED', '2026-12-11', true],
    ['PENDING_APPROVAL', '2026-12-11', true],
    ['PENDING_APPROVAL', '2026-12-09', false],
    ['PAID', '2026-12-20', false],
    ['DECLINED', '2026-12-20', false],
    ['EXPIRED', '2026-12-20', false],
  ] as const)('%s on %s: %s', (status, today, expired) => {
    expect(settlementExpired(s(status), today)).toBe(expired);
    expect(settlementStatusOn(s(status), today)).toBe(expired ? 'EXPIRED' : status);
  });
  it('says what expired and when', () => {
    expect(settlementExpiryNote({ status: 'OFFERED', amountCents: 80_000, currency: 'EUR', validUntil: '2026-12-10' }))
      .toMatch(/^Settlement of .*800\.00.* expired unpaid on 2026-12-10$/);
    expect(settlementExpiryNote({ status: 'PENDING_APPROVAL', amountCents: 80_000, currency: 'EUR', validUntil: '2026-12-10' }))
      .toMatch(/expired unpaid on 2026-12-10 \(no lead had approved it\)$/);
    expect(settlementExpiryText({ status: 'OFFERED', amountCents: 80_000, currency: 'EUR', validUntil: '2026-12-10' })).toEqual({
      en: 'Settlement of 800.00 EUR expired unpaid on 2026-12-10',
      de: 'Vergleich über 800,00 EUR ist am 10.12.2026 unbezahlt abgelaufen',
      da: 'Forlig på 800,00 EUR udløb ubetalt den 10.12.2026',
    });
  });
});

describe('settlementPayable', () => {
  it('an offer, or one that expired after it was offered, can still be paid by money received in time', () => {
    expect(settlementPayable({ status: 'OFFERED', approved: true })).toBe(true);
    expect(settlementPayable({ status: 'EXPIRED', approved: true })).toBe(true);
    expect(settlementPayable({ status: 'EXPIRED', approved: false })).toBe(false);
    expect(settlementPayable({ status: 'PENDING_APPROVAL', approved: false })).toBe(false);
    expect(settlementPayable({ status: 'DECLINED', approved: true })).toBe(false);
  });
});

describe('balanceAdjustmentsOf', () => {
  it('books write-offs and adjustments as balance lines, dispute reductions not (they lower the principal)', () => {
    expect(balanceAdjustmentKindOf('SETTLEMENT_WRITE_OFF')).toBe('WRITE_OFF');
    expect(balanceAdjustmentKindOf('WRITE_OFF')).toBe('WRITE_OFF');
    expect(balanceAdjustmentKindOf('ADJUSTMENT')).toBe('ADJUSTMENT');
    expect(balanceAdjustmentKindOf('DISPUTE_REDUCTION')).toBeNull();
    expect(balanceAdjustmentsOf([
      { kind: 'DISPUTE_REDUCTION', amountCents: 100, bookedOn: '2026-12-01', reason: 'Upheld' },
      { kind: 'SETTLEMENT_WRITE_OFF', amountCents: 200, bookedOn: '2026-12-02', reason: 'Settled' },
    ])).toEqual([{ kind: 'WRITE_OFF', amountCents: 200, bookedOn: '2026-12-02', reason: 'Settled' }]);
  });
});
