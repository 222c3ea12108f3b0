import { sql, type SQL } from 'drizzle-orm';
import type { ConsentBasis, ContactKind } from '../../api';
import type { Db } from '../../db/open-database';

// One contact as the export files need it.
export type ExportRow = {
  rowId: number;
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  emailKey: string | null;
  phone: string | null;
  company: string;
  kind: ContactKind;
  language: string | null;
  country: string | null;
  region: string | null;
  postalCode: string | null;
  notes: string;
  consentBasis: ConsentBasis | null;
  consentAt: number | null;
  unsubscribedAt: number | null;
  createdAt: number;
  tags: string[];
};

type StoredRow = Omit<ExportRow, 'tags'> & { tags: string };

// Pages of this many contacts: a 100,000-contact export never holds more than one page of rows.
export const EXPORT_PAGE = 2_000;

// The target's contacts a page at a time, by row id (keyset paging: each page is an index range,
// however far into the table it is), tags joined in.
export function* exportPages(db: Db, where: SQL, pageSize = EXPORT_PAGE): Generator<ExportRow[], void> {
  let after = 0;
  for (;;) {
    const rows = db.all<StoredRow>(sql`
      SELECT c.row_id AS rowId, c.id, c.first_name AS firstName, c.last_name AS lastName, c.email, c.email_key AS emailKey,
        c.phone, c.company, c.kind, c.language, c.country, c.region, c.postal_code AS postalCode, c.notes,
        c.consent_basis AS consentBasis, c.consent_at AS consentAt, c.unsubscribed_at AS unsubscribedAt, c.created_at AS createdAt,
        (SELECT json_group_array(t.tag) FROM (SELECT tag FROM contact_tags WHERE contact_id = c.id ORDER BY tag) t) AS tags
      FROM contacts c WHERE (${where}) AND c.row_id > ${after} ORDER BY c.row_id LIMIT ${pageSize}`);
    if (rows.length === 0) return;
    yield rows.map((row) => ({ ...row, tags: JSON.parse(row.tags) as string[] }));
    after = rows.at(-1)!.rowId;
    if (rows.length < pageSize) return;
  }
}

export const countTarget = (db: Db, where: SQL): number => db.get<{ n: number }>(sql`SELECT count(*) AS n FROM contacts c WHERE ${where}`)!.n;
