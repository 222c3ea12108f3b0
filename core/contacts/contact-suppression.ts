import type { SuppressionReason } from '../../api';
import type { Db } from '../../db/open-database';
import { suppressionOf } from '../respect/suppression-list';

type Sqlite = Db['$client'];
type Keys = { id: string; emailKey: string | null; phone: string | null };

// Why each contact's address or number is on the suppression list (two indexed look-ups a row, a
// page at a time), for the `suppressed` field of the contacts shown.
export const suppressionsFor = (sqlite: Sqlite, rows: readonly Keys[]): Map<string, SuppressionReason> => {
  const found = new Map<string, SuppressionReason>();
  for (const row of rows) {
    const reason = suppressionOf(sqlite, { emailKey: row.emailKey, phone: row.phone });
    if (reason) found.set(row.id, reason);
  }
  return found;
};
