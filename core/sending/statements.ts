import type Database from 'better-sqlite3';

// Statements compiled once per connection: a pass sends thousands of messages with the same few
// queries, and compiling them again for each message cost about a second per 2,000 (bench:send).
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export const statement = (sqlite: Database.Database, sql: string): Database.Statement => {
  let known = cache.get(sqlite);
  if (!known) {
    known = new Map();
    cache.set(sqlite, known);
  }
  let compiled = known.get(sql);
  if (!compiled) {
    compiled = sqlite.prepare(sql);
    known.set(sql, compiled);
  }
  return compiled;
};
