/**
 * The hash chain over an audit export (GoBD: complete, unaltered, traceable). Each row carries the hash
 * of the row before it (`prevHash`; the first row the genesis value) and its own `hash`:
 *
 *   hash = SHA-256 hex of  prevHash + "\n" + canonicalAuditRow(row)   (UTF-8)
 *
 * The canonical form of a row is the JSON text of the array
 * `[id, at, actorId, actorEmail, action, entity, entityId, caseId, before, after]`
 * without whitespace, object keys sorted at every depth, absent values as null. A changed cell, a
 * deleted or a reordered row breaks the chain at that row; a row cut off the end changes the count and
 * the final hash the export's header names. The hash function is a parameter (the rule stays pure).
 */

/** SHA-256 of a UTF-8 text as 64 lowercase hex digits. */
export type Sha256Hex = (text: string) => string;

/** The prevHash of the first row. */
export const AUDIT_CHAIN_GENESIS = '0'.repeat(64);

/** One audit event as an export row (before the chain columns). */
export interface AuditExportRow {
  id: string;
  /** ISO 8601 in UTC with milliseconds (`2026-12-07T13:00:00.000Z`). */
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entity: string;
  entityId: string;
  caseId: string | null;
  before: unknown;
  after: unknown;
}

export interface ChainedAuditRow extends AuditExportRow {
  prevHash: string;
  hash: string;
}

export type AuditChainCheck =
  | { ok: true; count: number; finalHash: string }
  | { ok: false; row: number; reason: string };

/** JSON with object keys sorted at every depth and no whitespace; undefined as null. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The text a row's hash covers (after the previous hash). */
export function canonicalAuditRow(row: AuditExportRow): string {
  return canonicalJson([
    row.id, row.at, row.actorId, row.actorEmail, row.action, row.entity, row.entityId, row.caseId, row.before ?? null, row.after ?? null,
  ]);
}

/** The hash of a row that follows `prevHash`. */
export const auditRowHash = (prevHash: string, row: AuditExportRow, sha256: Sha256Hex): string =>
  sha256(`${prevHash}\n${canonicalAuditRow(row)}`);

/** Chains the rows in the order given (the export's stable order). */
export function chainAuditRows(rows: readonly AuditExportRow[], sha256: Sha256Hex): ChainedAuditRow[] {
  let prevHash = AUDIT_CHAIN_GENESIS;
  return rows.map((row) => {
    const hash = auditRowHash(prevHash, row, sha256);
    const chained = { ...row, prevHash, hash };
    prevHash = hash;
    return chained;
  });
}

/** The hash of the last row (the genesis value for an empty export). */
export const finalAuditHash = (rows: readonly ChainedAuditRow[]): string => rows.at(-1)?.hash ?? AUDIT_CHAIN_GENESIS;

/**
 * Recomputes the chain; the first broken row is named by its number (1 = the first data row). With
 * `expected` (the header's count and final hash) a row cut off the end or added is found too.
 */
export function verifyAuditChain(
  rows: readonly ChainedAuditRow[], sha256: Sha256Hex, expected?: { count?: number; finalHash?: string },
): AuditChainCheck {
  let prevHash = AUDIT_CHAIN_GENESIS;
  for (const [i, row] of rows.entries()) {
    if (row.prevHash !== prevHash) {
      return { ok: false, row: i + 1, reason: 'its prev_hash is not the hash of the row before it (a row is missing, added or moved)' };
    }
    if (auditRowHash(prevHash, row, sha256) !== row.hash) {
      return { ok: false, row: i + 1, reason: 'its content does not match its hash (a cell was changed)' };
    }
    prevHash = row.hash;
  }
  if (expected?.count !== undefined && expected.count !== rows.length) {
    const row = Math.min(rows.length, expected.count) + 1;
    return { ok: false, row, reason: `the export names ${expected.count} rows but holds ${rows.length}` };
  }
  if (expected?.finalHash !== undefined && expected.finalHash !== prevHash) {
    return { ok: false, row: rows.length, reason: 'the last row\'s hash is not the final hash the export names' };
  }
  return { ok: true, count: rows.length, finalHash: prevHash };
}
