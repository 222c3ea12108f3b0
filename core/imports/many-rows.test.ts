import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manyRows } from './many-rows';

let sqlite: Database.Database;
beforeEach(() => {
  sqlite = new Database(':memory:');
  sqlite.exec('CREATE TABLE pairs (k TEXT PRIMARY KEY, v INTEGER)');
});
afterEach(() => sqlite.close());

const pairsOf = (count: number, from = 0): unknown[] => Array.from({ length: count }, (_, i) => [`k${from + i}`, from + i]).flat();

describe('rows inserted many per statement', () => {
  it('inserts every row of a list of any length, in order', () => {
    const insert = manyRows(sqlite, 'INSERT INTO pairs (k, v) VALUES', '(?, ?)', 2);
    for (const count of [0, 1, 7, 500, 501, 1234]) {
      sqlite.exec('DELETE FROM pairs');
      insert(pairsOf(count));
      expect(sqlite.prepare('SELECT k, v FROM pairs ORDER BY rowid').raw().all().flat()).toEqual(pairsOf(count));
    }
  });

  it('keeps the first of two rows for one key, as one statement per row does', () => {
    const insert = manyRows(sqlite, 'INSERT OR IGNORE INTO pairs (k, v) VALUES', '(?, ?)', 2);
    insert(['a', 1, 'b', 2, 'a', 3]);
    expect(sqlite.prepare('SELECT k, v FROM pairs ORDER BY k').raw().all()).toEqual([['a', 1], ['b', 2]]);
  });

  it('refuses a list that is not whole rows', () => {
    const insert = manyRows(sqlite, 'INSERT INTO pairs (k, v) VALUES', '(?, ?)', 2);
    expect(() => insert(['a', 1, 'b'])).toThrow('Rows of 2 values');
  });
});
