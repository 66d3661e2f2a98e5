import { normalisePostcode, postcodeMatches, postcodeOfAddress } from './postcode.js';
import { DEFAULT_PORTAL_PLAN_SETTINGS, decidePortalPlan, portalPlanRules, splitIntoInstallments } from './portal-plan.js';
import { portalLinkExpiry, portalSignInBlocked } from './portal-link.js';

describe('postcodes', () => {
  it('finds the German postcode in a one-line address', () => {
    expect(postcodeOfAddress('Hauptstraße 12345a, 20095 Hamburg', 'DE')).toBe('20095');
    expect(postcodeOfAddress('Musterweg 1\nD-10115 Berlin', 'DE')).toBe('10115');
  });
  it('finds the Danish postcode', () => {
    expect(postcodeOfAddress('Vesterbrogade 1, DK-1620 København V', 'DK')).toBe('1620');
    expect(postcodeOfAddress('Strandvejen 100\n2900 Hellerup', 'DK')).toBe('2900');
  });
  it('is null without an address or a postcode', () => {
    expect(postcodeOfAddress(null, 'DE')).toBeNull();
    expect(postcodeOfAddress('unknown', 'DE')).toBeNull();
    expect(postcodeOfAddress('20095 Hamburg', 'FR')).toBeNull();
  });
  it('compares normalised', () => {
    expect(normalisePostcode(' dk-2900 ')).toBe('2900');
    expect(postcodeMatches('Strandvejen 100, 2900 Hellerup', 'DK', 'DK 2900')).toBe(true);
    expect(postcodeMatches('Strandvejen 100, 2900 Hellerup', 'DK', '2901')).toBe(false);
    expect(postcodeMatches(null, 'DK', '')).toBe(false);
  });
});

describe('portal plans', () => {
  it('splits exactly into monthly installments, keeping month ends', () => {
    const plan = splitIntoInstallments(10_001, 3, '2026-01-31');
    expect(plan.map((i) => i.dueDate)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(plan.map((i) => i.amountCents)).toEqual([3334, 3334, 3333]);
  });
  it('accepts within the rules and sends the rest to review', () => {
    const rules = portalPlanRules(DEFAULT_PORTAL_PLAN_SETTINGS, 'EUR', '2026-12-07');
    expect(rules.latestFirstDueDate).toBe('2027-01-06');
    expect(decidePortalPlan(splitIntoInstallments(60_000, 6, '2026-12-20'), rules)).toEqual({ status: 'ACCEPTED', reasons: [] });
    expect(decidePortalPlan(splitIntoInstallments(60_000, 24, '2027-02-01'), rules).reasons)
      .toEqual(['TOO_MANY_INSTALLMENTS', 'FIRST_DATE_TOO_LATE']);
    expect(decidePortalPlan(splitIntoInstallments(4_000, 2, '2026-12-20'), rules).reasons).toEqual(['INSTALLMENT_TOO_SMALL']);
    expect(portalPlanRules(DEFAULT_PORTAL_PLAN_SETTINGS, 'DKK', '2026-12-07').minInstallmentCents).toBe(20_000);
  });
});

describe('portal links and sign-in', () => {
  it('expires after 12 months', () => {
    expect(portalLinkExpiry(new Date('2026-12-07T10:00:00Z')).toISOString()).toBe('2027-12-07T10:00:00.000Z');
  });
  it('blocks at 5 failures per link or 20 per client', () => {
    expect(portalSignInBlocked({ link: 4, client: 19 })).toBe(false);
    expect(portalSignInBlocked({ link: 5, client: 0 })).toBe(true);
    expect(portalSignInBlocked({ link: 0, client: 20 })).toBe(true);
  });
});
