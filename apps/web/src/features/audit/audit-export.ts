/**
 * The address of an audit export download. A link cannot send the `Authorization` header, so the
 * API takes the JWT as `?token=` on `/audit/export.csv|json` (as on letter PDFs).
 */
export function auditExportHref(
  format: 'csv' | 'json',
  { creditorId, from, to }: { creditorId: string; from: string; to: string },
  token: string | null,
): string {
  const params = new URLSearchParams({ creditorId, from, to });
  if (token) params.set('token', token);
  return `/audit/export.${format}?${params.toString()}`;
}
