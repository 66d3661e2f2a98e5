import { describe, expect, it } from 'vitest';
import { documentErrorOf } from './dispute-document';

describe('documentErrorOf', () => {
  it('names the reason for each answer of the upload route', () => {
    expect(documentErrorOf(400)).toBe('type');
    expect(documentErrorOf(413)).toBe('tooLarge');
    expect(documentErrorOf(409)).toBe('duplicate');
    expect(documentErrorOf(404)).toBe('noDispute');
    expect(documentErrorOf(500)).toBe('failed');
  });
});
