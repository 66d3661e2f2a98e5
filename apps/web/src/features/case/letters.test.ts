import { describe, expect, it } from 'vitest';
import { letterPdfHref, shortHash } from './letters';

describe('letters', () => {
  it('shortens a SHA-256 to 12 characters', () => {
    expect(shortHash('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toBe('9f86d081884c');
    expect(shortHash(null)).toBeNull();
    expect(shortHash('')).toBeNull();
  });

  it('adds the token to the PDF address', () => {
    expect(letterPdfHref('/letters/abc.pdf', 'h.p.s')).toBe('/letters/abc.pdf?token=h.p.s');
    expect(letterPdfHref('/letters/abc.pdf?download=1', 'a+b/c=')).toBe('/letters/abc.pdf?download=1&token=a%2Bb%2Fc%3D');
    expect(letterPdfHref('/letters/abc.pdf', null)).toBe('/letters/abc.pdf');
  });
});
