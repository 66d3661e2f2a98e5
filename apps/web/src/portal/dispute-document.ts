/** The largest document the portal accepts (the API's limit: 10 MB). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** What the file input accepts (the API checks the first bytes again). */
export const DOCUMENT_ACCEPT = 'application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg';

/** Why an upload was not stored, a key under `dispute.documentErrors` in the portal's texts. */
export type DocumentError = 'type' | 'tooLarge' | 'duplicate' | 'noDispute' | 'network' | 'failed';

/** The reason for an HTTP status of `POST /portal/dispute/documents`. */
export function documentErrorOf(status: number): DocumentError {
  switch (status) {
    case 400: return 'type';
    case 413: return 'tooLarge';
    case 409: return 'duplicate';
    case 404: return 'noDispute';
    default: return 'failed';
  }
}
