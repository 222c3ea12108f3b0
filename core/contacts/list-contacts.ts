import { sql, type SQL } from 'drizzle-orm';
import type { ContactList, ContactListInput, ContactSortKey } from '../../api';
import type { ContactRow } from '../../db/schema';
import type { CoreContext } from '../context';
import { toContact } from './contact-dto';
import { tagsFor } from './contacts-store';
import { toSearchQuery } from './search-query';

// Each sort has an index; the row_id tie-breaker keeps pages stable when values repeat.
const ORDER: Record<ContactSortKey, SQL> = {
  name: sql`c.sort_name`,
  email: sql`c.email_key`,
  phone: sql`c.phone`,
  company: sql`lower(c.company)`,
  kind: sql`c.kind`,
  country: sql`c.country`,
  createdAt: sql`c.created_at`,
  updatedAt: sql`c.updated_at`,
};

const COLUMNS = sql`c.row_id AS rowId, c.id, c.first_name AS firstName, c.last_name AS lastName,
  c.sort_name AS sortName, c.email, c.email_key AS emailKey, c.phone, c.phone_national AS phoneNational,
  c.company, c.kind, c.language, c.country, c.notes, c.consent_basis AS consentBasis,
  c.consent_source AS consentSource, c.consent_at AS consentAt, c.created_at AS createdAt, c.updated_at AS updatedAt`;

type ParsedListInput = Required<ContactListInput>;

export const listContacts = ({ db }: Pick<CoreContext, 'db'>, input: ParsedListInput): ContactList => {
  const match = toSearchQuery(input.search);
  const where = match ? sql`WHERE c.row_id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ${match})` : sql``;
  const direction = input.direction === 'desc' ? sql`DESC` : sql`ASC`;
  const order = sql`ORDER BY ${ORDER[input.sort]} ${direction}, c.row_id ${direction}`;

  const rows = db.all<ContactRow>(
    sql`SELECT ${COLUMNS} FROM contacts c ${where} ${order} LIMIT ${input.limit} OFFSET ${input.offset}`,
  );
  const total = match
    ? db.get<{ n: number }>(sql`SELECT count(*) AS n FROM contacts_fts WHERE contacts_fts MATCH ${match}`)!.n
    : db.get<{ n: number }>(sql`SELECT count(*) AS n FROM contacts`)!.n;
  const tags = tagsFor(db, rows.map((row) => row.id));
  return { total, offset: input.offset, rows: rows.map((row) => toContact(row, tags.get(row.id) ?? [])) };
};
