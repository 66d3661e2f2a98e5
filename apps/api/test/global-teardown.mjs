// Ends the run: scans what every API of the run logged (harness.ts runLogDestination) for the personal data
// the specs put into their databases, then stops the run's PostgreSQL. A hit fails the run.
import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';

/** As test/personal-data.ts (which the specs use): debtors' names and e-mails, people's e-mails and full names. */
const PERSONAL_DATA_SQL = `
  SELECT name AS value FROM debtors
  UNION SELECT email FROM debtors WHERE email IS NOT NULL
  UNION SELECT email FROM users
  UNION SELECT name FROM users WHERE name LIKE '% %'`;

async function personalDataOfTheRun(adminUrl) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const values = new Set();
  try {
    const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'test\\_%' OR datname LIKE 'template\\_%'`);
    for (const { datname } of rows) {
      const db = new pg.Client({ connectionString: adminUrl.replace(/\/postgres$/, `/${datname}`) });
      try {
        await db.connect();
        for (const r of (await db.query(PERSONAL_DATA_SQL)).rows) if (r.value.trim().length >= 6) values.add(r.value.trim());
      } catch {
        // A database migrated only partly (a migration's own spec) may lack the tables.
      } finally {
        await db.end().catch(() => undefined);
      }
    }
  } finally {
    await admin.end();
  }
  return [...values];
}

/**
 * The log's distinct lines without the fields that differ on every line and hold no text (time, pid,
 * request id, response time): the run's many thousand request lines collapse to a few, so the scan stays quick.
 */
function distinctLines(text) {
  const lines = new Set();
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const entry = JSON.parse(line);
      for (const key of ['time', 'pid', 'reqId', 'responseTime']) delete entry[key];
      lines.add(JSON.stringify(entry));
    } catch {
      lines.add(line);
    }
  }
  return [...lines].join('\n');
}

async function scanApiLog() {
  const file = process.env.TEST_API_LOG_FILE;
  const adminUrl = process.env.TEST_PG_ADMIN_URL;
  if (!file || !adminUrl || !existsSync(file)) return;
  const log = distinctLines(readFileSync(file, 'utf8')).toLowerCase();
  const values = await personalDataOfTheRun(adminUrl);
  const found = values.filter((v) => log.includes(v.toLowerCase()) || log.includes(JSON.stringify(v.toLowerCase()).slice(1, -1)));
  if (found.length > 0) {
    // The values themselves are test data; naming a few lets whoever fixes the leak find the lines.
    throw new Error(
      `The API log of this run (${file}) holds personal data from the specs' databases: ${found.slice(0, 10).join(', ')}` +
        `${found.length > 10 ? ` and ${found.length - 10} more` : ''}. Personal data never goes into logs.`,
    );
  }
  console.log(`\nAPI log scanned for personal data: ${values.length} names and e-mail addresses, none found (${file}).`);
}

export default async function globalTeardown() {
  try {
    await scanApiLog();
  } finally {
    await globalThis.__MAHNWERK_PG__?.stop();
  }
}
