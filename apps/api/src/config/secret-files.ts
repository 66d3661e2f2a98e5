import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A secret generated for a data directory and kept in `<dataDir>/<name>` (mode 0600), made on first use
 * and read back at every later start: the embedded database's passwords, the production demo password.
 * A file found with group or other bits is narrowed to 0600.
 */
export function generatedSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, name);
  if (existsSync(file)) {
    const mode = statSync(file).mode;
    if ((mode & 0o077) !== 0) chmodSync(file, mode & 0o600);
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(18).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
