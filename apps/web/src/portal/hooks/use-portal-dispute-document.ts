import { useCallback, useState } from 'react';
import { usePortalSession } from '../portal-context';
import { documentErrorOf, MAX_DOCUMENT_BYTES, type DocumentError } from '../dispute-document';

/**
 * Sends one document to the debtor's open dispute (`POST /portal/dispute/documents`, multipart, the
 * portal token as Bearer). Resolves to null when stored, else the reason (translated by the page).
 */
export function usePortalDisputeDocument() {
  const session = usePortalSession();
  const [uploading, setUploading] = useState(false);
  const upload = useCallback(
    async (file: File): Promise<DocumentError | null> => {
      if (file.size > MAX_DOCUMENT_BYTES) return 'tooLarge';
      if (file.size === 0) return 'type';
      setUploading(true);
      try {
        const form = new FormData();
        form.append('file', file, file.name);
        const token = session.token();
        const response = await fetch('/portal/dispute/documents', {
          method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: form,
        });
        if (response.status === 401) session.clear('expired');
        return response.ok ? null : documentErrorOf(response.status);
      } catch {
        return 'network';
      } finally {
        setUploading(false);
      }
    },
    [session],
  );
  return { upload, uploading };
}
