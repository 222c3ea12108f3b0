import { describe, expect, it } from 'vitest';
import { useTempCore } from '../test-support/temp-core';
import { loadExisting } from './existing-contacts';

// The plan asks the database who has a number or a source id: through the indexes, then, past
// a number of questions, from one scan of all the keys. Both ways must give the same answers,
// the oldest contact first. Real core, real SQLite file.
const T = Date.UTC(2026, 11, 7, 10);
const boot = useTempCore('existing-contacts', { now: () => new Date(T) });

const FILE = [
  'contact_id,email,first_name,phone,country',
  'C1,ana@example.com,Ana,+33 6 12 34 56 78,FR',
  'C2,,Ben,+33 6 12 34 56 79,FR',
  // Another address on Ana's number: another contact, added after her.
  'C3,cleo@example.com,Cléo,+33 6 12 34 56 78,FR',
];

const importFile = async () => {
  const staged = boot().stageFile('people.csv', new TextEncoder().encode(FILE.join('\n')));
  await boot().imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
};

const questions = ['+33612345678', '+33612345679', '+33699999999'];
const sources = ['C1', 'C2', 'C3', 'C9'];

describe('contacts already in the database, by number and source id', () => {
  it('answers the same through the indexes and after the scan, the oldest contact first', async () => {
    await importFile();
    const { sqlite } = boot().database;
    const idOf = (sourceId: string) => sqlite.prepare('SELECT id FROM contacts WHERE source_id = ?').pluck().get(sourceId) as string;
    const asked = loadExisting(sqlite);
    // After one question, every answer comes from the scan.
    const scanned = loadExisting(sqlite, 1);
    for (const existing of [asked, scanned]) {
      expect(questions.map((phone) => existing.byPhone(phone))).toEqual([
        { id: idOf('C1'), sourceId: 'C1', hasEmail: true },
        { id: idOf('C2'), sourceId: 'C2', hasEmail: false },
        undefined,
      ]);
      expect(sources.map((sourceId) => existing.bySource(sourceId))).toEqual([idOf('C1'), idOf('C2'), idOf('C3'), undefined]);
      // Asked again, from what is known.
      expect(existing.byPhone('+33699999999')).toBeUndefined();
      expect(existing.bySource('C2')).toBe(idOf('C2'));
    }
  });
});
