import { describe, expect, it } from 'vitest';
import { openDocumentLink, shortHash, type LinkDocument } from './letters';

function fakeDocument() {
  const links: Record<string, unknown>[] = [];
  const doc: LinkDocument = {
    createElement: () => {
      const link = { href: '', target: '', rel: '', download: 'not set', clicked: false, removed: false, click() { link.clicked = true; }, remove() { link.removed = true; } };
      links.push(link);
      return link;
    },
    body: { append: () => undefined },
  };
  return { doc, links };
}

describe('letters', () => {
  it('shortens a SHA-256 to 12 characters', () => {
    expect(shortHash('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toBe('9f86d081884c');
    expect(shortHash(null)).toBeNull();
    expect(shortHash('')).toBeNull();
  });

  it('opens a ticketed PDF address in a new tab without opener or referrer', () => {
    const { doc, links } = fakeDocument();
    openDocumentLink('/letters/abc.pdf?ticket=t1', 'tab', doc);
    expect(links).toEqual([expect.objectContaining({ href: '/letters/abc.pdf?ticket=t1', target: '_blank', rel: 'noopener noreferrer', download: 'not set', clicked: true, removed: true })]);
  });

  it('downloads a ticketed print batch file', () => {
    const { doc, links } = fakeDocument();
    openDocumentLink('/print-batches/b.csv?ticket=t2', 'download', doc);
    // An empty download attribute: the file keeps the name the API gives it (Content-Disposition).
    expect(links).toEqual([expect.objectContaining({ href: '/print-batches/b.csv?ticket=t2', target: '', download: '', clicked: true, removed: true })]);
  });
});
