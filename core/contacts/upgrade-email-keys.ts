import { writeTransactionOn, type Db } from '../../db/open-database';
import { suppressionHash } from '../respect/suppression-hash';
import { normaliseEmail } from './email';

type Sqlite = Db['$client'];
const DONE = 'upgrade.emailKeysPunycode';

// Addresses with an international domain used to be compared in their Unicode form; they are now
// compared in punycode (exämple.org = xn--exmple-cua.org). Once per database, the keys saved
// before move to the new form, and a suppression made under the old key is copied to the new one,
// so nobody who opted out comes back through the other spelling. A key another contact already
// holds is left as it is: those two stay separate until the owner merges them.
export const upgradeEmailKeys = (sqlite: Sqlite, now: number): number => {
  if (sqlite.prepare('SELECT 1 FROM settings WHERE key = ?').get(DONE)) return 0;
  return writeTransactionOn(sqlite, () => {
    const rows = sqlite
      .prepare("SELECT row_id AS rowId, email, email_key AS key FROM contacts WHERE email_key GLOB '*[^ -~]*'")
      .all() as { rowId: number; email: string; key: string }[];
    const taken = sqlite.prepare('SELECT 1 FROM contacts WHERE email_key = ?').pluck();
    const setKey = sqlite.prepare('UPDATE contacts SET email_key = ? WHERE row_id = ?');
    const copySuppression = sqlite.prepare(
      'INSERT OR IGNORE INTO suppressions (hash, reason, channel, created_at) SELECT ?, reason, channel, created_at FROM suppressions WHERE hash = ?',
    );
    let moved = 0;
    for (const row of rows) {
      const verdict = normaliseEmail(row.email);
      if (!verdict.ok || verdict.key === row.key || taken.get(verdict.key)) continue;
      setKey.run(verdict.key, row.rowId);
      copySuppression.run(suppressionHash(verdict.key), suppressionHash(row.key));
      moved += 1;
    }
    sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(DONE, String(now));
    return moved;
  });
};
