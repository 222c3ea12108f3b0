import type Database from 'better-sqlite3';
import { contactReader, type ContactValues } from './contact-values';

// The contacts already in the database, as the plan asks about them (plan-import.ts).
export type ExistingContacts = {
  byEmail: Map<string, string>;
  // The first contact (oldest row) with this number or this id of the source system.
  byPhone: (phone: string) => PhoneOwner | undefined;
  bySource: (sourceId: string) => string | undefined;
  suppressed: Set<string>;
  // Hashes of the addresses and numbers of people who were erased.
  erased: Set<string>;
  load: (id: string) => ContactValues;
};

export type PhoneOwner = { id: string; sourceId: string | null; hasEmail: boolean };

// Asked one by one through their indexes, numbers and source ids cost a few microseconds each;
// past this many questions one scan of all the keys is cheaper (a file of people without
// addresses, imported again).
const ASKED_BEFORE_SCAN = 20_000;

// The rows of an events file are found by their email (304k rows, 94k people): the few who have
// none (about 2,000) were looked up in maps of every contact's number and source id, a scan of
// 100k rows read for them, 0.4-0.6 s and about 15 MB held to the end of the import. They are
// asked through the indexes instead, until so many are asked that the scan pays.
const otherKeys = (sqlite: Database.Database, askedBeforeScan: number): Pick<ExistingContacts, 'byPhone' | 'bySource'> => {
  const phoneStatement = sqlite.prepare('SELECT id, source_id, email_key IS NOT NULL FROM contacts WHERE phone = ? ORDER BY row_id LIMIT 1').raw();
  const sourceStatement = sqlite.prepare('SELECT id FROM contacts WHERE source_id = ? ORDER BY row_id LIMIT 1').pluck();
  // Answers so far, misses included (null).
  const phones = new Map<string, PhoneOwner | null>();
  const sources = new Map<string, string | null>();
  let asked = 0;
  let isScanned = false;
  const scan = (): void => {
    phones.clear();
    sources.clear();
    const keys = sqlite.prepare('SELECT id, email_key, phone, source_id FROM contacts WHERE phone IS NOT NULL OR source_id IS NOT NULL ORDER BY row_id').raw().iterate() as Iterable<
      [string, string | null, string | null, string | null]
    >;
    for (const [id, emailKey, phone, sourceId] of keys) {
      if (phone && !phones.has(phone)) phones.set(phone, { id, sourceId, hasEmail: emailKey !== null });
      if (sourceId && !sources.has(sourceId)) sources.set(sourceId, id);
    }
    isScanned = true;
  };
  const ask = <T>(known: Map<string, T | null>, key: string, read: () => T | null): T | undefined => {
    const found = known.get(key);
    if (found !== undefined) return found ?? undefined;
    if (isScanned) return undefined;
    asked += 1;
    if (asked > askedBeforeScan) {
      scan();
      return known.get(key) ?? undefined;
    }
    const answer = read();
    known.set(key, answer);
    return answer ?? undefined;
  };
  return {
    byPhone: (phone) =>
      ask(phones, phone, () => {
        const row = phoneStatement.get(phone) as [string, string | null, number] | undefined;
        return row === undefined ? null : { id: row[0], sourceId: row[1], hasEmail: row[2] === 1 };
      }),
    bySource: (sourceId) => ask(sources, sourceId, () => (sourceStatement.get(sourceId) as string | undefined) ?? null),
  };
};

// One scan of the email keys beats a look-up per row: nearly every row of a file is asked by them.
// `askedBeforeScan`: for tests.
export const loadExisting = (sqlite: Database.Database, askedBeforeScan = ASKED_BEFORE_SCAN): ExistingContacts => {
  const byEmail = new Map<string, string>();
  const emails = sqlite.prepare('SELECT email_key, id FROM contacts WHERE email_key IS NOT NULL').raw().iterate() as Iterable<[string, string]>;
  for (const [emailKey, id] of emails) byEmail.set(emailKey, id);
  const suppressed = new Set(sqlite.prepare('SELECT hash FROM suppressions').pluck().all() as string[]);
  const erased = new Set(sqlite.prepare("SELECT hash FROM suppressions WHERE reason = 'erased'").pluck().all() as string[]);
  return { byEmail, ...otherKeys(sqlite, askedBeforeScan), suppressed, erased, load: contactReader(sqlite) };
};
