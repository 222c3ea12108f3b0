import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors';
import { readTable } from './read-table';

// JSON files (an API's answer saved to disk) are read as JSON, whatever they are called, and
// flattened: one row per object, one column per path ("donor.email"). Today's reader took
// them for CSV, and every row was rejected.

const bytes = (text: string) => new TextEncoder().encode(text);

const DONATIONS = `[
  {"id": 1, "amount": "25.0", "donor": {"email": "ann@example.com", "first_name": "Ann"}, "tags": ["a", "b"]},
  {"id": 2, "amount": "10.0", "donor": {"email": "bo@example.com", "phone": null}, "recurring": true,
   "questions": [{"q": "Why?", "a": "Because"}]}
]`;

const refusal = async (text: string, fileName = 'donations.json') => {
  try {
    await readTable(bytes(text), fileName);
  } catch (error) {
    if (error instanceof DomainError) return { message: error.message, issue: error.issues?.[0] };
  }
  throw new Error('not refused');
};

describe('reading a JSON file', () => {
  it('flattens an array of objects into columns, in the order they first appear', async () => {
    const table = await readTable(bytes(DONATIONS), 'donations.json');
    expect(table).toMatchObject({ format: 'json', delimiter: null, problems: [] });
    expect(table.headers).toEqual(['id', 'amount', 'donor.email', 'donor.first_name', 'tags', 'donor.phone', 'recurring', 'questions']);
    expect(table.rows[0]).toEqual({ line: 2, cells: ['1', '25.0', 'ann@example.com', 'Ann', 'a, b', '', '', ''] });
    expect(table.rows[1]!.line).toBe(3);
    expect(table.rows[1]!.cells).toEqual(['2', '10.0', 'bo@example.com', '', '', '', 'true', '[{"q":"Why?","a":"Because"}]']);
  });

  it('knows JSON by its content, even in a file called .csv, and reads through a wrapping object', async () => {
    const table = await readTable(bytes(`\uFEFF  {"donations": [{"donor": {"email": "ann@example.com"}}, {"donor": {"email": "bo@example.com"}}]}`), 'export.csv');
    expect(table.format).toBe('json');
    expect(table.rows.map((row) => row.cells)).toEqual([['ann@example.com'], ['bo@example.com']]);
  });

  it('names the line and column where broken JSON breaks off', async () => {
    const broken = '[\n  {"id": 1, "amount": "25.0"},\n  {"id": 2 "amount": "10.0"}\n]';
    const { message, issue } = await refusal(broken);
    expect(message).toBe('"donations.json" is not valid JSON: it breaks off at line 3, column 12. Export it again, or correct it there.');
    expect(issue).toMatchObject({ rule: 'import.file.json', params: { fileName: 'donations.json', line: '3', column: '12' } });
  });

  it('places a file cut short at its end', async () => {
    const { issue } = await refusal('[\n  {"id": 1,\n');
    expect(issue).toMatchObject({ params: { line: '2', column: '12' } });
  });

  it('says an empty array is an empty file', async () => {
    const table = await readTable(bytes('[]'), 'donations.json');
    expect(table.problems).toEqual([expect.objectContaining({ rule: 'import.empty' })]);
  });
});
