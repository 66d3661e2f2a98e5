/** The largest dispute document accepted (the database's check says the same). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const SIGNATURES: readonly { type: string; bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The document's type by its first bytes (what the client claims is not trusted); null when not PDF, PNG or JPEG. */
export function documentTypeOf(content: Buffer): string | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => content[i] === b))?.type ?? null;
}
