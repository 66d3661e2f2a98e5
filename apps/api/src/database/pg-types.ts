import pg from 'pg';

const DATE_OID = 1082;
const INT8_OID = 20;

/** Calendar dates stay 'YYYY-MM-DD' strings (no time zone can shift them); counts and cents are numbers. */
export function configurePgTypes(): void {
  pg.types.setTypeParser(DATE_OID, (value) => value);
  pg.types.setTypeParser(INT8_OID, (value) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${value} exceeds the safe integer range`);
    return n;
  });
}
