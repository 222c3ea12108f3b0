import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Times are integer milliseconds since the epoch, UTC (DESIGN.md §4).
export const contacts = sqliteTable(
  'contacts',
  {
    // An explicit INTEGER PRIMARY KEY keeps rowids stable across VACUUM, which the
    // contentless search index (contacts_fts) relies on.
    rowId: integer('row_id').primaryKey(),
    id: text('id').notNull(),
    firstName: text('first_name').notNull().default(''),
    lastName: text('last_name').notNull().default(''),
    sortName: text('sort_name').notNull().default(''),
    email: text('email'),
    emailKey: text('email_key'),
    phone: text('phone'),
    phoneNational: text('phone_national'),
    company: text('company').notNull().default(''),
    kind: text('kind', { enum: ['customer', 'donor', 'prospect'] }).notNull().default('customer'),
    language: text('language'),
    country: text('country'),
    notes: text('notes').notNull().default(''),
    consentBasis: text('consent_basis', {
      enum: ['consent', 'soft-opt-in', 'legitimate-interest', 'charity-opt-out', 'transactional'],
    }),
    consentSource: text('consent_source'),
    consentAt: integer('consent_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('contacts_id_unique').on(t.id),
    uniqueIndex('contacts_email_key_unique').on(t.emailKey),
    index('contacts_sort_name_idx').on(t.sortName, t.id),
    index('contacts_phone_idx').on(t.phone),
    index('contacts_company_idx').on(sql`lower(${t.company})`),
    index('contacts_kind_idx').on(t.kind),
    index('contacts_country_idx').on(t.country),
    index('contacts_created_at_idx').on(t.createdAt),
    index('contacts_updated_at_idx').on(t.updatedAt),
  ],
);

export const contactTags = sqliteTable(
  'contact_tags',
  {
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.tag] }), index('contact_tags_tag_idx').on(t.tag)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type ContactRow = typeof contacts.$inferSelect;
export type NewContactRow = typeof contacts.$inferInsert;
