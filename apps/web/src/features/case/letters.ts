/** Small helpers of the Letters card. */

/** Characters of a SHA-256 shown in the table; the full hash is in the tooltip. */
export const SHORT_HASH_LENGTH = 12;

export function shortHash(hash: string | null | undefined): string | null {
  return hash ? hash.slice(0, SHORT_HASH_LENGTH) : null;
}

/** A letter's PDF opens in a new tab; a print batch's files download. */
export type DocumentOpening = 'tab' | 'download';

/** The part of `document` openDocumentLink uses (a fake one in tests). */
export interface LinkDocument {
  createElement(tag: 'a'): Pick<HTMLAnchorElement, 'href' | 'target' | 'rel' | 'download' | 'click' | 'remove'>;
  body: { append(node: never): void };
}

/**
 * Opens `url` (a document's path with its single-use `?ticket=`, from issueDownloadTicket) through a
 * link of its own: a new tab without opener or referrer, or a download. The address never holds the
 * session's token.
 */
export function openDocumentLink(url: string, opening: DocumentOpening, doc: LinkDocument): void {
  const link = doc.createElement('a');
  link.href = url;
  if (opening === 'tab') {
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  } else {
    link.download = '';
  }
  doc.body.append(link as never);
  link.click();
  link.remove();
}
