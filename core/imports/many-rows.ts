import type Database from 'better-sqlite3';

// Inserts rows given as one flat list of values, many rows per statement: each statement run
// costs better-sqlite3 and SQLite a call, a bind and a reset, which per row was most of the
// price of a tag or an undo record (100k tags of a re-import: 0.8 s one per statement).
// Statements hold a power of two of rows, up to about MAX_VALUES values, so a list of any
// length takes the largest that fit and at most a handful of prepared statements exist.
const MAX_VALUES = 1000;

// `head`: "INSERT … INTO table (columns) VALUES", `row`: one row's "(?, ?)", binding `width` values.
export const manyRows = (sqlite: Database.Database, head: string, row: string, width: number): ((values: readonly unknown[]) => void) => {
  let most = 1;
  while (most * 2 * width <= MAX_VALUES) most *= 2;
  const byRows = new Map<number, Database.Statement>();
  const statementOf = (rows: number): Database.Statement => {
    let statement = byRows.get(rows);
    if (statement === undefined) {
      statement = sqlite.prepare(`${head} ${Array.from({ length: rows }, () => row).join(', ')}`);
      byRows.set(rows, statement);
    }
    return statement;
  };
  // Rows go in the order given, as they would one statement each (INSERT OR IGNORE keeps the first).
  return (values) => {
    if (values.length % width !== 0) throw new Error(`Rows of ${width} values expected, got ${values.length} values.`);
    let at = 0;
    for (let rows = most; rows >= 1; rows /= 2) {
      while (values.length - at >= rows * width) {
        statementOf(rows).run(values.slice(at, at + rows * width));
        at += rows * width;
      }
    }
  };
};
