import pg from 'pg';

/**
 * Personal data the specs put into their databases, to look for in the API's log output: the debtors'
 * names and e-mail addresses, the people's e-mail addresses and their names when they are full names.
 * Values shorter than 6 characters would match by chance and are left out.
 * Also used by global-teardown.mjs over every database of the run.
 */
export const PERSONAL_DATA_SQL = `
  SELECT name AS value FROM debtors
  UNION SELECT email FROM debtors WHERE email IS NOT NULL
  UNION SELECT email FROM users
  UNION SELECT name FROM users WHERE name LIKE '% %'`;

export async function personalDataIn(db: Pick<pg.Pool, 'query'>): Promise<string[]> {
  const { rows } = await db.query<{ value: string }>(PERSONAL_DATA_SQL);
  return rows.map((r) => r.value.trim()).filter((v) => v.length >= 6);
}

/** The values found in `log` (as written or JSON-escaped, case-insensitively). */
export function personalDataInLog(log: string, values: string[]): string[] {
  const haystack = log.toLowerCase();
  return values.filter((v) => {
    const lower = v.toLowerCase();
    return haystack.includes(lower) || haystack.includes(JSON.stringify(lower).slice(1, -1));
  });
}
