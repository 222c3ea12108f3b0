import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Contact } from '../../api';
import { writeTransaction, type Tx } from '../../db/open-database';
import { contactTags, contacts, type ContactRow } from '../../db/schema';
import type { CoreContext } from '../context';
import { DomainError, notFound } from '../errors';
import { originOf } from '../respect/audit-log';
import { getSettings } from '../settings/settings-store';
import { figureWindow, figuresFor, noFigures } from '../timeline/figures';
import { toContact, toFields } from './contact-dto';
import { suppressionsFor } from './contact-suppression';
import { recordHandConsent } from './consent-record';
import { normaliseContact, type ContactFields, type NormalisedContact } from './normalise-contact';
import { cleanText } from '../text/clean-text';

type Db = CoreContext['db'] | Tx;

export const tagsFor = (db: Db, ids: readonly string[]): Map<string, string[]> => {
  const byContact = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byContact;
  const rows = db
    .select()
    .from(contactTags)
    .where(inArray(contactTags.contactId, [...ids]))
    .orderBy(asc(contactTags.tag))
    .all();
  for (const { contactId, tag } of rows) byContact.get(contactId)?.push(tag);
  return byContact;
};

const findRow = (db: Db, id: string): ContactRow | undefined => db.select().from(contacts).where(eq(contacts.id, id)).get();

const assertEmailFree = (db: Db, emailKey: string | null | undefined, exceptId: string | null): void => {
  if (!emailKey) return;
  const clash = db
    .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName })
    .from(contacts)
    .where(exceptId ? and(eq(contacts.emailKey, emailKey), ne(contacts.id, exceptId)) : eq(contacts.emailKey, emailKey))
    .get();
  if (!clash) return;
  const name = `${clash.firstName} ${clash.lastName}`.trim();
  const who = name || 'another contact';
  const message = `This email address already belongs to ${who}. Open that contact instead, or use another address.`;
  throw new DomainError('CONFLICT', message, [{ path: 'email', message, rule: 'email.taken', params: { name } }]);
};

const replaceTags = (db: Db, id: string, tags: string[]): void => {
  db.delete(contactTags).where(eq(contactTags.contactId, id)).run();
  if (tags.length > 0) db.insert(contactTags).values(tags.map((tag) => ({ contactId: id, tag }))).run();
};

export const getContact = ({ db, clock }: Pick<CoreContext, 'db' | 'clock'>, id: string): Contact => {
  const row = findRow(db, id);
  if (!row) throw notFound('This contact');
  const figures = figuresFor(db, [id], figureWindow(db, clock.now().getTime())).get(id) ?? noFigures;
  return toContact(row, tagsFor(db, [id]).get(id) ?? [], figures, suppressionsFor(db.$client, [row]).get(id) ?? null);
};

// The stored row and its editable fields, for a change: the figures a read adds are not needed.
const currentOf = (db: Db, id: string): { row: ContactRow; fields: ContactFields } => {
  const row = findRow(db, id);
  if (!row) throw notFound('This contact');
  return { row, fields: toFields(toContact(row, tagsFor(db, [id]).get(id) ?? [], noFigures)) };
};

type ProspectColumns = Pick<ContactRow, 'prospectStatus' | 'statusSince' | 'interest'>;

// The prospect status is dated when it changes, so the list can say "stalled since …".
const prospectColumns = (fields: Pick<ContactFields, 'prospectStatus' | 'interest'>, before: ProspectColumns | null, now: number): ProspectColumns => {
  const status = fields.prospectStatus ?? null;
  return {
    prospectStatus: status,
    statusSince: status === null ? null : status === before?.prospectStatus ? before.statusSince : now,
    interest: cleanText(fields.interest ?? ''),
  };
};

// Inserts an already-normalised contact; shared by the form, the demo data and imports.
export const insertContact = (db: Db, contact: NormalisedContact, at: number): string => {
  const id = randomUUID();
  assertEmailFree(db, contact.row.emailKey, null);
  db.insert(contacts).values({ ...contact.row, id, createdAt: at, updatedAt: at }).run();
  replaceTags(db, id, contact.tags);
  return id;
};

export const createContact = (ctx: CoreContext, input: ContactFields): Contact => {
  const normalised = normaliseContact(input, getSettings(ctx).defaultCountry);
  const now = ctx.clock.now().getTime();
  const row = { ...normalised.row, ...prospectColumns(input, null, now) };
  const id = writeTransaction(ctx.db, (tx) => {
    const created = insertContact(tx, { ...normalised, row }, now);
    const person = { id: created, emailKey: row.emailKey ?? null, phone: row.phone ?? null, unsubscribedAt: null };
    recordHandConsent(ctx.db.$client, person, null, row, originOf(ctx.info.host), now);
    return created;
  });
  ctx.events.emit({ type: 'contacts.changed', ids: [id] });
  return getContact(ctx, id);
};

export const updateContact = (ctx: CoreContext, { id, patch }: { id: string; patch: Partial<ContactFields> }): Contact => {
  const current = currentOf(ctx.db, id);
  const merged = { ...current.fields, ...definedOnly(patch) };
  const normalised = normaliseContact(merged, getSettings(ctx).defaultCountry);
  const now = ctx.clock.now().getTime();
  const before = current.row;
  writeTransaction(ctx.db, (tx) => {
    assertEmailFree(tx, normalised.row.emailKey, id);
    tx.update(contacts)
      .set({ ...normalised.row, ...prospectColumns(merged, before, now), updatedAt: now })
      .where(eq(contacts.id, id))
      .run();
    replaceTags(tx, id, normalised.tags);
    const person = { id, emailKey: normalised.row.emailKey ?? null, phone: normalised.row.phone ?? null, unsubscribedAt: before.unsubscribedAt };
    recordHandConsent(ctx.db.$client, person, before, normalised.row, originOf(ctx.info.host), now);
  });
  ctx.events.emit({ type: 'contacts.changed', ids: [id] });
  return getContact(ctx, id);
};

// Opening keeps the first date while it stays open; closing clears it.
export const setComplaint = (ctx: CoreContext, { id, isOpen }: { id: string; isOpen: boolean }): Contact => {
  const { row } = currentOf(ctx.db, id);
  const since = isOpen ? (row.complaintOpenSince ?? ctx.clock.now().getTime()) : null;
  ctx.db.update(contacts).set({ complaintOpenSince: since, updatedAt: ctx.clock.now().getTime() }).where(eq(contacts.id, id)).run();
  ctx.events.emit({ type: 'contacts.changed', ids: [id] });
  return getContact(ctx, id);
};

export const deleteContact = (ctx: CoreContext, { id }: { id: string }): { id: string } => {
  const result = ctx.db.delete(contacts).where(eq(contacts.id, id)).run();
  if (result.changes === 0) throw notFound('This contact');
  ctx.events.emit({ type: 'contacts.changed', ids: [id] });
  return { id };
};

const definedOnly = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;

