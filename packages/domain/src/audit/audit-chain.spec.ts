import { createHash } from 'node:crypto';
import {
  AUDIT_CHAIN_GENESIS, canonicalAuditRow, canonicalJson, chainAuditRows, finalAuditHash, verifyAuditChain, type AuditExportRow,
} from './audit-chain.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const row = (id: number, after: unknown = { status: 'OPEN' }): AuditExportRow => ({
  id: String(id), at: `2026-12-0${id}T10:00:00.000Z`, actorId: 'u-1', actorEmail: 'lead@example.org', action: 'hold.release',
  entity: 'case', entityId: 'c-1', caseId: 'c-1', before: null, after,
});

describe('canonicalJson', () => {
  it.each([
    [null, 'null'],
    [undefined, 'null'],
    [{ b: 1, a: [2, { d: 'x', c: null }] }, '{"a":[2,{"c":null,"d":"x"}],"b":1}'],
    [{ a: undefined, b: 'ü' }, '{"b":"ü"}'],
    ['text "quoted"', '"text \\"quoted\\""'],
  ])('%p -> %s', (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it('does not depend on key order', () => {
    expect(canonicalAuditRow({ ...row(1), after: { x: 1, y: 2 } })).toBe(canonicalAuditRow({ ...row(1), after: { y: 2, x: 1 } }));
  });
});

describe('chainAuditRows', () => {
  const chained = chainAuditRows([row(1), row(2), row(3)], sha256);

  it('starts at the genesis value and links each row to the one before', () => {
    expect(chained[0]!.prevHash).toBe(AUDIT_CHAIN_GENESIS);
    expect(chained[1]!.prevHash).toBe(chained[0]!.hash);
    expect(chained[2]!.prevHash).toBe(chained[1]!.hash);
    expect(chained[0]!.hash).toBe(sha256(`${AUDIT_CHAIN_GENESIS}\n${canonicalAuditRow(row(1))}`));
    expect(finalAuditHash(chained)).toBe(chained[2]!.hash);
    expect(finalAuditHash([])).toBe(AUDIT_CHAIN_GENESIS);
  });

  it('the canonical form is documented: the array of the row\'s fields', () => {
    expect(canonicalAuditRow(row(1))).toBe(
      '["1","2026-12-01T10:00:00.000Z","u-1","lead@example.org","hold.release","case","c-1","c-1",null,{"status":"OPEN"}]',
    );
  });
});

describe('verifyAuditChain', () => {
  const chained = chainAuditRows([row(1), row(2), row(3), row(4)], sha256);
  const expected = { count: 4, finalHash: finalAuditHash(chained) };

  it.each<[string, () => ReturnType<typeof chainAuditRows>, { count?: number; finalHash?: string } | undefined, number | null]>([
    ['the chain as exported', () => chained, expected, null],
    ['an empty export', () => [], { count: 0, finalHash: AUDIT_CHAIN_GENESIS }, null],
    ['a changed cell in row 2', () => chained.map((r, i) => (i === 1 ? { ...r, action: 'tampered' } : r)), expected, 2],
    ['a changed payload in row 3', () => chained.map((r, i) => (i === 2 ? { ...r, after: { status: 'PAID' } } : r)), expected, 3],
    ['row 2 deleted', () => chained.filter((_, i) => i !== 1), expected, 2],
    ['rows 2 and 3 swapped', () => [chained[0]!, chained[2]!, chained[1]!, chained[3]!], expected, 2],
    ['the first row deleted', () => chained.slice(1), expected, 1],
    ['the last row cut off', () => chained.slice(0, 3), expected, 4],
    ['the last row cut off, header rewritten to 3 rows', () => chained.slice(0, 3), { count: 3, finalHash: expected.finalHash }, 3],
    ['a re-hashed row (its own hash fixed)', () => chained.map((r, i) => (i === 1 ? { ...r, action: 'x', hash: 'f'.repeat(64) } : r)), expected, 2],
  ])('%s', (_name, rows, header, brokenRow) => {
    const check = verifyAuditChain(rows(), sha256, header);
    if (brokenRow === null) expect(check).toMatchObject({ ok: true });
    else expect(check).toMatchObject({ ok: false, row: brokenRow });
  });

  it('counts the rows and returns the final hash', () => {
    expect(verifyAuditChain(chained, sha256, expected)).toEqual({ ok: true, count: 4, finalHash: expected.finalHash });
  });
});
