import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useAuth } from '../../../app/auth-context';
import { CASE_HOLDS } from '../holds.graphql';

/** Why a document upload failed: the server's own words, an HTTP status without them, or a broken connection. */
export type DocumentUploadFailure = { kind: 'refused'; message: string } | { kind: 'http'; status: number } | { kind: 'broken' };

/** Uploads a document to a dispute (the multipart route needs the Bearer token), then reloads the case's disputes. */
export function useUploadDisputeDocument(caseId: string) {
  const { token } = useAuth();
  const client = useApolloClient();
  const [state, setState] = useState<{ uploading: boolean; error: DocumentUploadFailure | null }>({ uploading: false, error: null });
  const upload = useCallback(
    async (disputeId: string, file: File) => {
      setState({ uploading: true, error: null });
      const form = new FormData();
      form.append('file', file, file.name);
      let error: DocumentUploadFailure | null = null;
      try {
        const response = await fetch(`/cases/${caseId}/disputes/${disputeId}/documents`, {
          method: 'POST', headers: { authorization: `Bearer ${token ?? ''}` }, body: form,
        });
        if (!response.ok) {
          const message = ((await response.json().catch(() => null)) as { message?: string } | null)?.message;
          error = message ? { kind: 'refused', message } : { kind: 'http', status: response.status };
        }
      } catch {
        error = { kind: 'broken' };
      }
      if (!error) await client.query({ query: CASE_HOLDS, variables: { id: caseId }, fetchPolicy: 'network-only' });
      setState({ uploading: false, error });
      return error === null;
    },
    [caseId, token, client],
  );
  return { ...state, upload };
}

/** Downloads a dispute document (the route needs the Bearer token, so a plain link would not do). */
export async function downloadDisputeDocument(url: string, fileName: string, token: string | null): Promise<void> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token ?? ''}` } });
  if (!response.ok) return;
  const href = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(href);
}
