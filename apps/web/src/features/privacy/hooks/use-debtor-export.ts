import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { DEBTOR_DATA_EXPORT } from '../privacy.graphql';

function save(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(href);
}

/** The PDF export route answered with an error status. */
export class PdfExportError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = 'PdfExportError';
  }
}

/** Downloads the debtor's data export (Art. 15 GDPR) as JSON (the query) or as PDF (the admin route, with the Bearer token). */
export function useDebtorExport(debtorId: string, token: string | null) {
  const client = useApolloClient();
  const json = useCallback(async () => {
    const { data } = await client.query({ query: DEBTOR_DATA_EXPORT, variables: { debtorId }, fetchPolicy: 'no-cache' });
    if (!data) return;
    save(new Blob([data.debtorDataExport.json], { type: 'application/json' }), `debtor-data-${debtorId.slice(0, 8)}.json`);
  }, [client, debtorId]);
  const pdf = useCallback(async () => {
    const response = await fetch(`/privacy/debtors/${debtorId}/export.pdf`, { headers: { authorization: `Bearer ${token ?? ''}` } });
    if (!response.ok) throw new PdfExportError(response.status);
    save(await response.blob(), `debtor-data-${debtorId.slice(0, 8)}.pdf`);
  }, [debtorId, token]);
  return { json, pdf };
}
