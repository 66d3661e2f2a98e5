import { SELF_CURE_WINDOW_DAYS, paidAfterPortalVisit, portalSelfCureRate } from './portal-figures.js';

describe('portalSelfCureRate', () => {
  it('is the share of signed-in cases that paid', () => {
    expect(portalSelfCureRate(1, 4)).toBe(0.25);
    expect(portalSelfCureRate(3, 3)).toBe(1);
    expect(portalSelfCureRate(0, 5)).toBe(0);
  });
  it('is null when nobody signed in', () => {
    expect(portalSelfCureRate(0, 0)).toBeNull();
  });
  it('refuses impossible counts', () => {
    expect(() => portalSelfCureRate(2, 1)).toThrow(RangeError);
    expect(() => portalSelfCureRate(-1, 1)).toThrow(RangeError);
    expect(() => portalSelfCureRate(0.5, 1)).toThrow(RangeError);
  });
});

describe('paidAfterPortalVisit', () => {
  it('counts the sign-in day and the next 14 days', () => {
    expect(SELF_CURE_WINDOW_DAYS).toBe(14);
    expect(paidAfterPortalVisit('2026-03-01', '2026-03-01')).toBe(true);
    expect(paidAfterPortalVisit('2026-03-01', '2026-03-15')).toBe(true);
    expect(paidAfterPortalVisit('2026-03-01', '2026-03-16')).toBe(false);
    expect(paidAfterPortalVisit('2026-03-01', '2026-02-28')).toBe(false);
  });
  it('takes another window', () => {
    expect(paidAfterPortalVisit('2026-03-01', '2026-03-08', 7)).toBe(true);
    expect(paidAfterPortalVisit('2026-03-01', '2026-03-09', 7)).toBe(false);
  });
});
