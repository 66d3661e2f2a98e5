import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useAuth } from '../../../app/auth-context';
import { displayLanguage } from '../../../i18n/display-locale';

/** The upload route of large case files (the API reads the body as it arrives). */
export const CASE_UPLOAD_PATH = '/imports/cases';

/** Why an upload failed: the server's own words, an HTTP status without them, or a broken connection. */
export type UploadFailure = { kind: 'refused'; message: string } | { kind: 'http'; status: number } | { kind: 'broken' };

export interface UploadState {
  /** The import job's id, known before the upload starts so its progress can be followed. */
  importId: string | null;
  uploading: boolean;
  error: UploadFailure | null;
}

/** A download the server answered with an error status. */
export class DownloadError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = 'DownloadError';
  }
}

/** A v4 UUID also outside secure contexts (crypto.randomUUID needs https or localhost). */
export function newImportId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Sends a case file to the upload route as the request body, under an id chosen here so the screen
 * can poll `caseImport(id)` for progress while it uploads; past imports are fetched again at the end.
 */
export function useUploadCaseFile() {
  const { token } = useAuth();
  const client = useApolloClient();
  const [state, setState] = useState<UploadState>({ importId: null, uploading: false, error: null });

  const upload = useCallback(
    async (file: File) => {
      const importId = newImportId();
      setState({ importId, uploading: true, error: null });
      let error: UploadFailure | null = null;
      try {
        const response = await fetch(`${CASE_UPLOAD_PATH}?id=${importId}&fileName=${encodeURIComponent(file.name)}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token ?? ''}`, 'content-type': 'text/csv', 'accept-language': displayLanguage() },
          body: file,
        });
        if (!response.ok) {
          const body = (await response.json().catch(() => null)) as { message?: string } | null;
          error = body?.message ? { kind: 'refused', message: body.message } : { kind: 'http', status: response.status };
        }
      } catch {
        error = { kind: 'broken' };
      }
      setState({ importId, uploading: false, error });
      await client.refetchQueries({ include: ['CaseImport', 'CaseImports'] });
    },
    [token, client],
  );

  const reset = useCallback(() => setState({ importId: null, uploading: false, error: null }), []);
  return [upload, state, reset] as const;
}

/** Downloads a job's rejected rows (the route needs the Bearer token, so a plain link would not do). */
export async function downloadRejectedRows(importId: string, token: string | null): Promise<void> {
  const response = await fetch(`${CASE_UPLOAD_PATH}/${importId}/rejected.csv`, { headers: { authorization: `Bearer ${token ?? ''}` } });
  if (!response.ok) throw new DownloadError(response.status);
  saveBlob(await response.blob(), `rejected-${importId.slice(0, 8)}.csv`);
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
