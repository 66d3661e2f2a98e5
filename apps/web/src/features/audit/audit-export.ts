/**
 * The address of an audit export download. A link cannot send the `Authorization` header: the page
 * asks for a single-use download ticket for this address before it opens it (useOpenDocument).
 */
export function auditExportHref(format: 'csv' | 'json', { creditorId, from, to }: { creditorId: string; from: string; to: string }): string {
  return `/audit/export.${format}?${new URLSearchParams({ creditorId, from, to }).toString()}`;
}
