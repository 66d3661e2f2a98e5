/**
 * `npm run audit:verify -- <file>` (audit-verify.cli.ts): reads an audit export (CSV or JSON, as
 * `GET /audit/export.csv|json` writes it), recomputes its hash chain (packages/domain audit-chain) and
 * prints `OK: <count> rows, final hash <hash>`, or the first broken row and why; exit code 0 when the
 * chain holds, 1 when it does not (or the file cannot be read), 2 on wrong usage. A relative path is
 * taken from the directory the command was started in.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { verifyAuditChain } from '@mahnwerk/domain';
import { readAuditExport, sha256Hex } from './audit-export.js';

const USAGE = `Usage: npm run audit:verify -- <export.csv|export.json>

Recomputes the hash chain of an audit export and prints OK with the row count, or the first broken row.
Exit code 0: the chain holds; 1: it is broken or the file cannot be read; 2: wrong usage.`;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Where the command was started: the root script passes it on (CALLER_CWD), since npm runs a
 * workspace's script in the workspace's folder and sets INIT_CWD anew for the nested run.
 */
function callerDirectory(): string {
  return process.env.CALLER_CWD || process.env.INIT_CWD || process.cwd();
}

/** Checks an export's text; the message to print and the exit code. */
export function verifyAuditExportText(text: string): { ok: boolean; message: string } {
  const { count, finalHash, rows } = readAuditExport(text);
  if (count === undefined || finalHash === undefined) {
    return { ok: false, message: 'BROKEN: the export names no row count or final hash (its header is missing or changed).' };
  }
  const check = verifyAuditChain(rows, sha256Hex, { count, finalHash });
  return check.ok
    ? { ok: true, message: `OK: ${check.count} rows, final hash ${check.finalHash}` }
    : { ok: false, message: `BROKEN at row ${check.row}: ${check.reason}.` };
}

/** Runs the command with its arguments; resolves to the exit code. */
export async function auditVerify(argv: string[], output: Output, cwd = callerDirectory()): Promise<number> {
  const args = argv.filter((a) => a !== '--');
  if (args.includes('-h') || args.includes('--help')) {
    output.out(USAGE);
    return 0;
  }
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    output.err(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(resolve(cwd, args[0]!), 'utf8');
  } catch (error) {
    output.err(`Cannot read ${args[0]}: ${(error as Error).message}`);
    return 1;
  }
  try {
    const { ok, message } = verifyAuditExportText(text);
    (ok ? output.out : output.err)(message);
    return ok ? 0 : 1;
  } catch (error) {
    output.err(`BROKEN: ${(error as Error).message}`);
    return 1;
  }
}
