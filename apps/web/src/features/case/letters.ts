/** Small helpers of the Letters card. */

/** Characters of a SHA-256 shown in the table; the full hash is in the tooltip. */
export const SHORT_HASH_LENGTH = 12;

export function shortHash(hash: string | null | undefined): string | null {
  return hash ? hash.slice(0, SHORT_HASH_LENGTH) : null;
}

/**
 * The address that opens a stored letter in a new tab. A link cannot send the `Authorization`
 * header, so the API also accepts the JWT as `?token=` on `/letters/<id>.pdf`.
 */
export function letterPdfHref(url: string, token: string | null): string {
  if (!token) return url;
  return `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}
