import type Database from 'better-sqlite3';
import { recordAudit } from '../respect/audit-log';
import type { ImportHeader } from './write-batch';
import { utcDay } from '../time-units';

// The consent history of an import (C9): a row per contact whose basis it sets or changes and per
// opt-out it records, written with one statement per batch of contacts from the temporary tables
// the write session moves (a statement per contact would cost a 100k-row import seconds).

const COLUMNS = 'id, contact_id, basis, source, evidence, consent_at, origin, import_id, recorded_at';

// "in customers.csv (Shopify customers) of 2026-12-07": which file, which export, which day.
const fileWords = (header: ImportHeader, presetName: string | null): string =>
  `in ${header.fileName}${presetName ? ` (${presetName})` : ''} of ${utcDay(header.now)}`;

export const importConsentWriter = (sqlite: Database.Database, header: ImportHeader, staged: string, changed: string) => {
  const where = fileWords(header, header.presetName ?? null);
  const words = {
    // The plan gives the import's own time to a "yes" without a date (plan-import.ts toValues).
    prefix: `import:${header.importId}:`,
    given: `accepted marketing: yes, ${where}`,
    givenNoDate: `accepted marketing: yes, ${where}, date not given (the import's date is recorded)`,
    // A legal-basis column's value, as "legal basis: soft-opt-in, in customers.csv … of 2026-12-07".
    basisWhere: `, ${where}`,
    // "These are my customers: soft opt-in", said in the preview for the file's contacts with no basis.
    declared: `, declared by the owner for the file's contacts, ${where} (import ${header.importId})`,
    noDate: `, date not given (the import's date is recorded)`,
    withdrawn: `opted out, ${where}`,
    importId: header.importId,
    now: header.now,
  };
  const given = (from: string, extra: string) =>
    sqlite.prepare(`INSERT INTO consent_changes (${COLUMNS}) SELECT @prefix || @move || ':' || c.id || ':c', c.id, c.consent_basis, coalesce(c.consent_source, ''),
      CASE WHEN c.consent_source LIKE 'declared for the whole file %' THEN 'legal basis: ' || c.consent_basis || @declared
        WHEN c.consent_basis = 'consent' THEN CASE WHEN c.consent_at = @now THEN @givenNoDate ELSE @given END
        ELSE 'legal basis: ' || c.consent_basis || @basisWhere || CASE WHEN c.consent_at = @now THEN @noDate ELSE '' END END,
      c.consent_at, 'import', @importId, @now FROM ${from} WHERE c.consent_basis IS NOT NULL ${extra}`);
  const withdrawn = (from: string, extra: string) =>
    sqlite.prepare(`INSERT INTO consent_changes (${COLUMNS}) SELECT @prefix || @move || ':' || c.id || ':u', c.id, NULL, 'opt-out', @withdrawn,
      c.unsubscribed_at, 'import', @importId, @now FROM ${from} WHERE c.unsubscribed_at IS NOT NULL ${extra}`);
  const CHANGED_FROM = `temp.${changed} c JOIN main.contacts m ON m.id = c.id`;
  const statements = [
    given(`temp.${staged} c`, ''),
    withdrawn(`temp.${staged} c`, ''),
  ];
  const changeStatements = [
    given(CHANGED_FROM, 'AND (c.consent_basis IS NOT m.consent_basis OR c.consent_source IS NOT m.consent_source OR c.consent_at IS NOT m.consent_at)'),
    withdrawn(CHANGED_FROM, 'AND m.unsubscribed_at IS NULL'),
  ];
  let move = 0;
  let recorded = 0;
  return {
    // Before the staged contacts are cleared.
    created: (): void => {
      move += 1;
      for (const statement of statements) recorded += statement.run({ ...words, move }).changes;
    },
    // Before the changes are written over the stored contacts they are compared with.
    changed: (): void => {
      move += 1;
      for (const statement of changeStatements) recorded += statement.run({ ...words, move }).changes;
    },
    // One audit entry for the whole import, with its id and how many changes it recorded.
    audit: (): void => {
      if (recorded > 0) recordAudit(sqlite, { action: 'consent', origin: 'import', detail: `import=${header.importId}; changes=${recorded}` }, header.now);
    },
  };
};
