import { describe, expect, it } from 'vitest';
import { letterRows, openDocumentLink, shortHash, type LinkDocument } from './letters';

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

describe('letterRows', () => {
  const dunning = { id: 'l1', kind: 'DUNNING', writtenOn: '2026-11-25' };
  const confirmation = { id: 'l2', kind: 'PLAN_CONFIRMATION', writtenOn: '2026-12-01' };

  it('lists every letter step of the dunning run, with the document it wrote, and the other letters, newest first', () => {
    const rows = letterRows(
      [
        { stage: 'DUNNING_1', channel: 'LETTER', on: '2026-11-25', letterId: 'l1' },
        { stage: 'PHONE', channel: 'PHONE', on: '2026-11-20', letterId: null },
        { stage: 'REMINDER', channel: 'LETTER', on: '2026-11-06', letterId: null },
      ],
      [confirmation, dunning],
    );
    expect(rows.map((r) => [r.on, r.stage, r.letter?.id ?? null])).toEqual([
      ['2026-12-01', null, 'l2'],
      ['2026-11-25', 'DUNNING_1', 'l1'],
      ['2026-11-06', 'REMINDER', null],
    ]);
  });

  it('counts a history without stored documents, as the timeline does', () => {
    expect(letterRows([{ stage: 'DUNNING_2', channel: 'LETTER', on: '2026-10-01' }], [])).toHaveLength(1);
    expect(letterRows([], [])).toEqual([]);
  });
});
