/** A SQL string literal: `'it''s'`. For the current-state definitions, which compile constants into their text. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** The items of a SQL `IN (...)` list, as the migrations write them: `'A', 'B', 'C'`. */
export function sqlList(values: readonly string[]): string {
  return values.map(sqlString).join(', ');
}
