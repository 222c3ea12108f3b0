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
    // State, province or region, and postal code: they give the exact time zone in countries with several (C6).
    region: text('region'),
    postalCode: text('postal_code'),
    notes: text('notes').notNull().default(''),
    consentBasis: text('consent_basis', {
      enum: ['consent', 'soft-opt-in', 'legitimate-interest', 'charity-opt-out', 'transactional'],
    }),
    consentSource: text('consent_source'),
    consentAt: integer('consent_at'),
    // Set when the person opted out; an import never clears it (DESIGN.md §1, rules of respect).
    unsubscribedAt: integer('unsubscribed_at'),
    // An automatic reply said they are away: the next message waits until then (C7).
    awayUntil: integer('away_until'),
    // The source system's own customer id (Shopify, Stripe…), the third dedupe key after email and phone.
    sourceId: text('source_id'),
    // Where a prospect stands (C3) and since when; null for people who are not prospects.
    prospectStatus: text('prospect_status', { enum: ['new', 'in-discussion', 'stalled', 'won', 'lost'] }),
    statusSince: integer('status_since'),
    // What a prospect was interested in, as the owner wrote it.
    interest: text('interest').notNull().default(''),
    // Set while a complaint is open: review requests wait (DESIGN.md §1, program 3).
    complaintOpenSince: integer('complaint_open_since'),
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
    index('contacts_source_id_idx').on(t.sourceId),
    // The few who unsubscribed: the Reports page looks them up without reading every contact.
    index('contacts_unsubscribed_at_idx').on(t.unsubscribedAt).where(sql`${t.unsubscribedAt} IS NOT NULL`),
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

export const imports = sqliteTable(
  'imports',
  {
    id: text('id').primaryKey(),
    fileName: text('file_name').notNull(),
    format: text('format').notNull(),
    encoding: text('encoding').notNull(),
    delimiter: text('delimiter'),
    presetId: text('preset_id').notNull(),
    mapping: text('mapping').notNull(),
    mode: text('mode', { enum: ['update', 'fill', 'skip'] }).notNull(),
    rowCount: integer('row_count').notNull(),
    created: integer('created').notNull(),
    updated: integer('updated').notNull(),
    skipped: integer('skipped').notNull(),
    rejected: integer('rejected').notNull(),
    events: integer('events').notNull(),
    // Rows of people who were erased: skipped, never imported again.
    erasedSkipped: integer('erased_skipped').notNull().default(0),
    createdAt: integer('created_at').notNull(),
    undoneAt: integer('undone_at'),
  },
  (t) => [index('imports_created_at_idx').on(t.createdAt)],
);

// What an import did to each contact, so undo can remove what it created and restore what it changed.
export const importChanges = sqliteTable(
  'import_changes',
  {
    importId: text('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    contactId: text('contact_id').notNull(),
    action: text('action', { enum: ['created', 'updated'] }).notNull(),
    before: text('before'),
  },
  (t) => [primaryKey({ columns: [t.importId, t.contactId] })],
);

// An event a re-import moved on (a pending order the new export says paid): its status and
// outcome before, so undoing the import puts them back.
export const importEventChanges = sqliteTable(
  'import_event_changes',
  {
    importId: text('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    eventId: text('event_id').notNull(),
    beforeStatus: text('before_status'),
    beforeOutcome: text('before_outcome').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.eventId] })],
);

// The timeline (C3): append-only facts about a contact. Money is integer minor units + currency.
export const contactEvents = sqliteTable(
  'contact_events',
  {
    id: text('id').primaryKey(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    occurredAt: integer('occurred_at').notNull(),
    amountMinor: integer('amount_minor'),
    currency: text('currency'),
    reference: text('reference'),
    items: text('items'),
    status: text('status'),
    link: text('link'),
    // Free text: what a call was about, a note, what a prospect was interested in.
    note: text('note'),
    // The file gave a date without a time: it is that calendar day in every time zone, shown
    // as a date, never moved to the day before by a zone west of UTC. occurred_at holds its
    // midnight UTC.
    dateOnly: integer('date_only', { mode: 'boolean' }).notNull().default(false),
    // What became of it, normalised from the source's own status word (kept in `status`):
    // only 'completed' orders and donations count as money in, purchases or gifts (C8).
    outcome: text('outcome', { enum: ['completed', 'pending', 'failed', 'cancelled', 'refunded', 'recovered', 'abandoned'] })
      .notNull()
      .default('completed'),
    source: text('source').notNull(),
    importId: text('import_id').references(() => imports.id, { onDelete: 'set null' }),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('contact_events_contact_idx').on(t.contactId, t.occurredAt),
    // No (type, occurred_at) index: events arrive in random date order within a type, so every
    // insert landed on a random page (0.45 s of a 304k-event import), and no query needs it:
    // type_contact_idx serves the segments, the monthly figures scan on purpose (stats/).
    // Segments group one type of event by contact and look up refunds and review requests by
    // reference; covering all four columns keeps each count an index-only scan (without it the
    // lapsed-customers count took 370 ms at 304k events, with it 31 ms).
    // The outcome rides along so counts of completed events stay index-only, and the amount and
    // currency so the Reports page's average gift reads no row (73 → 34 ms CPU at 102k gifts).
    index('contact_events_type_contact_idx').on(t.type, t.contactId, t.occurredAt, t.reference, t.outcome, t.amountMinor, t.currency),
    index('contact_events_import_idx').on(t.importId),
    // The few orders and gifts still unpaid, by date: planning finds recent unpaid checkouts with
    // a seek instead of walking every order of the type index (37 ms at 304k events).
    index('contact_events_unpaid_idx')
      .on(t.occurredAt, t.contactId)
      .where(sql`${t.type} IN ('order', 'donation') AND ${t.outcome} IN ('pending', 'failed')`),
  ],
);

// A custom segment: a name and its filter (api/segments.ts, customFilterSchema) as JSON.
export const savedSegments = sqliteTable('saved_segments', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  filter: text('filter').notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

// Templates the owner edited, per program, step and language; the shipped text is used otherwise.
export const templates = sqliteTable(
  'templates',
  {
    program: text('program').notNull(),
    step: integer('step').notNull(),
    language: text('language').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.program, t.step, t.language] })],
);

// Every message a program prepared (DESIGN.md §5). The dedupe key (program, contact, anchor,
// step) makes planning idempotent: re-planning updates the same row, never adds a second one.
export const outbox = sqliteTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    dedupeKey: text('dedupe_key').notNull(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    program: text('program').notNull(),
    step: integer('step').notNull(),
    // The cart, delivery or contact period the message is about.
    anchor: text('anchor').notNull(),
    channel: text('channel', { enum: ['email', 'sms', 'whatsapp'] }).notNull(),
    language: text('language').notNull(),
    dueAt: integer('due_at').notNull(),
    scheduledAt: integer('scheduled_at').notNull(),
    state: text('state').notNull(),
    reason: text('reason').notNull(),
    subject: text('subject').notNull().default(''),
    bodyText: text('body_text').notNull().default(''),
    bodyHtml: text('body_html').notNull().default(''),
    // The owner rewrote this one message: re-planning keeps their text.
    isEdited: integer('is_edited', { mode: 'boolean' }).notNull().default(false),
    messageId: text('message_id'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at'),
    smtpCode: integer('smtp_code'),
    smtpResponse: text('smtp_response'),
    // RFC 3463 enhanced status code of the last answer (5.1.1), when the server gave one.
    enhancedCode: text('enhanced_code'),
    // The Date header, fixed with the Message-ID when the message is queued.
    dateAt: integer('date_at'),
    // When the last attempt started (the row went to `sending`): pacing counts these.
    attemptedAt: integer('attempted_at'),
    sentAt: integer('sent_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('outbox_dedupe_key_unique').on(t.dedupeKey),
    index('outbox_state_scheduled_idx').on(t.state, t.scheduledAt),
    index('outbox_contact_idx').on(t.contactId, t.program),
    index('outbox_attempted_at_idx').on(t.attemptedAt),
    // Everything the Reports page reads of a message, so its figures come from this index alone:
    // a row carries the rendered text and HTML (~2 kB), and reading 100k of them was most of the
    // page's time (core/reports/program-steps.ts, cart-funnel.ts).
    index('outbox_report_idx').on(t.program, t.step, t.state, t.contactId, t.anchor, t.sentAt, t.attemptedAt, t.scheduledAt, t.dueAt, t.reason, t.id),
    uniqueIndex('outbox_message_id_unique').on(t.messageId),
  ],
);

// One sender per database (DESIGN.md §3): the process holding the `send` lease is the only one
// that sends; a lease whose process is gone is taken over at once.
export const leases = sqliteTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  pid: integer('pid').notNull(),
  hostname: text('hostname').notNull(),
  acquiredAt: integer('acquired_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
});

// The token in each recipient's List-Unsubscribe address; the mailbox reader finds the person
// from it. Kept with the address's suppression hash, so it works after the contact is gone.
export const unsubscribeTokens = sqliteTable(
  'unsubscribe_tokens',
  {
    token: text('token').primaryKey(),
    contactId: text('contact_id'),
    emailHash: text('email_hash').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('unsubscribe_tokens_email_hash_unique').on(t.emailHash)],
);

// Unsubscribed, bounced and erased people, kept as a hash of the normalised address so the list
// outlives the contact and a re-import can never bring them back.
export const suppressions = sqliteTable('suppressions', {
  hash: text('hash').primaryKey(),
  reason: text('reason', { enum: ['unsubscribed', 'bounced', 'complained', 'erased'] }).notNull(),
  // What the hash is of: a normalised email address, or a phone number in E.164 (people reached by phone).
  channel: text('channel', { enum: ['email', 'phone'] }).notNull().default('email'),
  createdAt: integer('created_at').notNull(),
});

// Every change of a contact's legal basis, never overwritten (C9): the basis (null: withdrawn),
// where it came from, the evidence in words, and who recorded it (the interface, the command
// line, an import, the mailbox reader).
export const consentChanges = sqliteTable(
  'consent_changes',
  {
    id: text('id').primaryKey(),
    contactId: text('contact_id').notNull(),
    basis: text('basis', { enum: ['consent', 'soft-opt-in', 'legitimate-interest', 'charity-opt-out', 'transactional'] }),
    source: text('source').notNull().default(''),
    evidence: text('evidence').notNull().default(''),
    consentAt: integer('consent_at'),
    origin: text('origin', { enum: ['ui', 'cli', 'import', 'mailbox'] }).notNull(),
    importId: text('import_id'),
    recordedAt: integer('recorded_at').notNull(),
  },
  (t) => [index('consent_changes_contact_idx').on(t.contactId, t.recordedAt)],
);

// What was done about people's rights and the mailbox (C9): consent changes, unsubscribes,
// suppressions, erasures, exports, mailbox settings. Ids and counts only, never an address or a name.
export const auditLog = sqliteTable(
  'audit_log',
  {
    rowId: integer('row_id').primaryKey(),
    at: integer('at').notNull(),
    action: text('action', { enum: ['consent', 'unsubscribe', 'suppress', 'erase', 'export', 'mailbox'] }).notNull(),
    origin: text('origin', { enum: ['ui', 'cli', 'import', 'mailbox'] }).notNull(),
    contactId: text('contact_id'),
    detail: text('detail').notNull().default(''),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
);

// Where reading stopped in each folder of the owner's mailbox (C7): the folder's UIDVALIDITY and
// the last UID read. A changed UIDVALIDITY means the UIDs were renumbered: a bounded window is read again.
export const mailFolders = sqliteTable('mail_folders', {
  path: text('path').primaryKey(),
  role: text('role').notNull(),
  uidValidity: text('uid_validity').notNull(),
  lastUid: integer('last_uid').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

// Messages of the owner's mailbox already acted on (a reply, a bounce…), so reading a folder
// again never acts twice. Only messages that concern Relance are kept: the key is their
// Message-ID, or a hash of the message when it has none.
export const mailSeen = sqliteTable('mail_seen', {
  key: text('key').primaryKey(),
  kind: text('kind').notNull(),
  seenAt: integer('seen_at').notNull(),
});

// Temporary delivery failures reported by bounces, by address hash: an address is suppressed
// only after several over several days. Failures that blame the sender (spam, policy,
// reputation) are kept apart: they say the sending setup needs attention, not the contact.
export const deliveryFailures = sqliteTable(
  'delivery_failures',
  {
    id: text('id').primaryKey(),
    emailHash: text('email_hash').notNull(),
    reason: text('reason').notNull(),
    status: text('status'),
    isSenderSide: integer('is_sender_side', { mode: 'boolean' }).notNull(),
    occurredAt: integer('occurred_at').notNull(),
  },
  (t) => [index('delivery_failures_hash_idx').on(t.emailHash, t.occurredAt), index('delivery_failures_at_idx').on(t.occurredAt)],
);

// A change made to many contacts at once from the contacts list (a legal basis, a tag, a kind),
// kept so it can be undone like an import. Unsubscribes are never part of one.
export const bulkEdits = sqliteTable(
  'bulk_edits',
  {
    id: text('id').primaryKey(),
    // 'consent-basis', 'add-tag', 'remove-tag', 'kind'
    field: text('field').notNull(),
    value: text('value').notNull(),
    contactCount: integer('contact_count').notNull(),
    createdAt: integer('created_at').notNull(),
    undoneAt: integer('undone_at'),
  },
  (t) => [index('bulk_edits_created_at_idx').on(t.createdAt)],
);

// Each contact a bulk edit changed, with what it held before (JSON), for undo.
export const bulkEditChanges = sqliteTable(
  'bulk_edit_changes',
  {
    editId: text('edit_id')
      .notNull()
      .references(() => bulkEdits.id, { onDelete: 'cascade' }),
    contactId: text('contact_id').notNull(),
    before: text('before').notNull(),
  },
  (t) => [primaryKey({ columns: [t.editId, t.contactId] })],
);

// The column mapping a person chose, remembered for the next file with the same header.
export const savedMappings = sqliteTable('saved_mappings', {
  headerKey: text('header_key').primaryKey(),
  mapping: text('mapping').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type ContactRow = typeof contacts.$inferSelect;
export type NewContactRow = typeof contacts.$inferInsert;
