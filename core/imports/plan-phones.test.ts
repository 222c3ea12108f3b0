import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { runMigrations } from '../../db/run-migrations';
import { normalisePhone, phoneChecker } from '../contacts/phone';
import { planImport } from './plan-import';
import { record } from './test-support/records';

// A file's numbers are each checked once (phoneChecker); every row still gets its own verdict
// and its own problem.

describe('checking the phone numbers of a file', () => {
  it('gives a repeated number the verdict it would get alone', () => {
    const check = phoneChecker();
    const first = check('06 12 34 56 78', 'FR');
    expect(check('06 12 34 56 78', 'FR')).toBe(first);
    expect(first).toEqual(normalisePhone('06 12 34 56 78', 'FR'));
    expect(check('06 12 34 56 78', 'BE')).toEqual(normalisePhone('06 12 34 56 78', 'BE'));
  });

  it('reports a wrong number on every row that has it', () => {
    const sqlite = new Database(':memory:');
    runMigrations(sqlite, ':memory:', 'db/migrations');
    const rows = [record({ firstName: 'Ann', phone: '12' }), record({ firstName: 'Bob', phone: '12' }), record({ firstName: 'Cy', phone: '06 12 34 56 78' })];
    const plan = planImport(sqlite, rows, { mode: 'update', defaultCountry: 'FR', fileName: 'people.csv', now: 0 });
    expect(plan.problems.map((problem) => [problem.line, problem.rule])).toEqual([
      [rows[0]!.line, 'import.phone.invalid'],
      [rows[1]!.line, 'import.phone.invalid'],
    ]);
    expect(plan.contacts.map((entry) => entry.values?.phone)).toEqual([null, null, '+33612345678']);
  });
});
