/** A portal link lasts while its case is open, at most this many months. */
export const PORTAL_LINK_MAX_MONTHS = 12;

/** When a link issued at `now` expires: 12 months later (the case closing ends it earlier). */
export function portalLinkExpiry(now: Date): Date {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() + PORTAL_LINK_MAX_MONTHS);
  return d;
}

/** The sign-in rate limit: failed checks per link and per client address within the window. */
export const PORTAL_SIGN_IN_LIMITS = { perLink: 5, perClient: 20, windowMinutes: 15 } as const;

/** Whether further sign-in tries are refused, given the failures counted within the window. */
export function portalSignInBlocked(failures: { link: number; client: number }): boolean {
  return failures.link >= PORTAL_SIGN_IN_LIMITS.perLink || failures.client >= PORTAL_SIGN_IN_LIMITS.perClient;
}
