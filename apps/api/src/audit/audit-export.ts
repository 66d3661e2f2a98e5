import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  canonicalJson, chainAuditRows, finalAuditHash, type AuditExportRow, type ChainedAuditRow, type Sha256Hex,
} from '@mahnwerk/domain';

/** SHA-256 hex of a UTF-8 text (the chain's hash function). */
export const sha256Hex: Sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** What an export's header names. */
export interface AuditExportHeader {
  creditorId: string;
  creditorName: string;
  from: string;
  to: string;
  timeZone: string;
  count: number;
  finalHash: string;
}

export interface AuditExport {
  header: AuditExportHeader;
  rows: ChainedAuditRow[];
}

/** How a row's hash is computed, as the export states it. */
export const AUDIT_CHAIN_RULE =
  'hash = sha256_hex(prev_hash + "\\n" + canonical), canonical = JSON [id, at, actor_id, actor_email, action, entity, entity_id, case_id, before, after] '
  + 'without whitespace, object keys sorted, empty as null; the first prev_hash is 64 zeros';

export const AUDIT_CSV_COLUMNS = [
  'id', 'at', 'actor_id', 'actor_email', 'action', 'entity', 'entity_id', 'case_id', 'before', 'after', 'prev_hash', 'hash',
] as const;

/** Chains the rows (in the order given) and names the result. */
export function buildAuditExport(meta: Omit<AuditExportHeader, 'count' | 'finalHash'>, rows: readonly AuditExportRow[]): AuditExport {
  const chained = chainAuditRows(rows, sha256Hex);
  return { header: { ...meta, count: chained.length, finalHash: finalAuditHash(chained) }, rows: chained };
}

const jsonCell = (value: unknown): string => (value === null || value === undefined ? '' : canonicalJson(value));

/** CSV: `# key: value` header lines, then the column row and one row per event. */
export function auditExportCsv({ header, rows }: AuditExport): string {
  const lines = [
    '# Mahnwerk audit export',
    `# creditor: ${header.creditorId} ${header.creditorName.replace(/[\r\n]+/g, ' ')}`,
    `# period: ${header.from} to ${header.to} (${header.timeZone})`,
    `# count: ${header.count}`,
    `# final_hash: ${header.finalHash}`,
    `# chain: ${AUDIT_CHAIN_RULE}`,
  ];
  const body = stringify(
    rows.map((r) => [
      r.id, r.at, r.actorId ?? '', r.actorEmail ?? '', r.action, r.entity, r.entityId, r.caseId ?? '', jsonCell(r.before), jsonCell(r.after),
      r.prevHash, r.hash,
    ]),
    { header: true, columns: [...AUDIT_CSV_COLUMNS], record_delimiter: '\n' },
  );
  return `${lines.join('\n')}\n${body}`;
}

/** JSON: the header's fields, the chain rule and the rows. */
export function auditExportJson({ header, rows }: AuditExport): string {
  return `${JSON.stringify({
    creditor: { id: header.creditorId, name: header.creditorName },
    period: { from: header.from, to: header.to, timeZone: header.timeZone },
    count: header.count,
    finalHash: header.finalHash,
    chain: AUDIT_CHAIN_RULE,
    rows,
  }, null, 2)}\n`;
}

/** A file that is not an audit export (or not one this version reads). */
export class AuditExportFormatError extends Error {}

const HEADER_LINE = /^#\s*([a-z_]+):\s*(.*)$/;

function readCsv(text: string): { count?: number; finalHash?: string; rows: ChainedAuditRow[] } {
  const meta = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) break;
    const m = HEADER_LINE.exec(line.trim());
    if (m) meta.set(m[1]!, m[2]!.trim());
  }
  let records: Record<string, string>[];
  try {
    records = parse(text, { comment: '#', comment_no_infix: true, columns: true, skip_empty_lines: true, relax_column_count: false });
  } catch (e) {
    throw new AuditExportFormatError(`The CSV cannot be read: ${(e as Error).message}`);
  }
  const json = (cell: string | undefined, row: number): unknown => {
    if (!cell) return null;
    try {
      return JSON.parse(cell);
    } catch {
      throw new AuditExportFormatError(`Row ${row}: before/after is not JSON.`);
    }
  };
  const rows = records.map((r, i): ChainedAuditRow => ({
    id: r.id ?? '', at: r.at ?? '', actorId: r.actor_id || null, actorEmail: r.actor_email || null, action: r.action ?? '',
    entity: r.entity ?? '', entityId: r.entity_id ?? '', caseId: r.case_id || null, before: json(r.before, i + 1), after: json(r.after, i + 1),
    prevHash: r.prev_hash ?? '', hash: r.hash ?? '',
  }));
  const count = meta.has('count') ? Number(meta.get('count')) : undefined;
  return { count: Number.isInteger(count) ? count : undefined, finalHash: meta.get('final_hash'), rows };
}

function readJson(text: string): { count?: number; finalHash?: string; rows: ChainedAuditRow[] } {
  let doc: { count?: unknown; finalHash?: unknown; rows?: unknown };
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new AuditExportFormatError(`The JSON cannot be read: ${(e as Error).message}`);
  }
  if (!Array.isArray(doc.rows)) throw new AuditExportFormatError('The JSON holds no "rows" array.');
  const str = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
  const rows = (doc.rows as Record<string, unknown>[]).map((r): ChainedAuditRow => ({
    id: str(r.id), at: str(r.at), actorId: (r.actorId as string | null) ?? null, actorEmail: (r.actorEmail as string | null) ?? null,
    action: str(r.action), entity: str(r.entity), entityId: str(r.entityId), caseId: (r.caseId as string | null) ?? null,
    before: r.before ?? null, after: r.after ?? null, prevHash: str(r.prevHash), hash: str(r.hash),
  }));
  return {
    count: typeof doc.count === 'number' ? doc.count : undefined,
    finalHash: typeof doc.finalHash === 'string' ? doc.finalHash : undefined,
    rows,
  };
}

/** Reads a CSV or a JSON export (told apart by its first character). */
export function readAuditExport(text: string): { count?: number; finalHash?: string; rows: ChainedAuditRow[] } {
  const body = text.replace(/^\uFEFF/, '');
  return body.trimStart().startsWith('{') ? readJson(body) : readCsv(body);
}
