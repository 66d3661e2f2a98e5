import { createHash, randomBytes } from 'node:crypto';

/** A signed-in debtor: the portal session and the one case it reaches. */
export interface PortalCaller {
  sessionId: string;
  linkId: string;
  caseId: string;
}

/** Portal session tokens start with this, so the API tells them from staff JWTs without trying both. */
export const PORTAL_TOKEN_PREFIX = 'mwp_';

/** A portal session lasts this long after its last request. */
export const PORTAL_SESSION_MINUTES = 30;

/** 256 random bits, base64url (links and sessions alike). */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** How link and session tokens are stored: their sha256, never the token. */
export const tokenHash = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** The bare token of an `Authorization` value when it is a portal session's; null otherwise. */
export function portalTokenOf(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const token = header.replace(/^Bearer\s+/i, '').trim();
  return token.startsWith(PORTAL_TOKEN_PREFIX) ? token : null;
}
