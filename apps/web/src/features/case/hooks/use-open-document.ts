import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { ISSUE_DOWNLOAD_TICKET } from '../download-ticket.graphql';
import { openDocumentLink, type DocumentOpening } from '../letters';

/**
 * Opens a document link (a letter's PDF in a new tab, a print batch file as a download): asks the API
 * for a single-use download ticket for it first, since a link cannot send the Authorization header.
 */
export function useOpenDocument() {
  const [issue] = useMutation(ISSUE_DOWNLOAD_TICKET);
  return useCallback(
    async (url: string, opening: DocumentOpening): Promise<void> => {
      const { data } = await issue({ variables: { url } });
      if (data) openDocumentLink(data.issueDownloadTicket.url, opening, document);
    },
    [issue],
  );
}
