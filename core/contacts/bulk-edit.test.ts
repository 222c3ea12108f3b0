import { describe, expect, it } from 'vitest';
import type { Contact, MethodInput } from '../../api';
import { callThrough, domainErrorOf, useTempCore } from '../test-support/temp-core';

// Acting on many contacts at once: a legal basis, a tag or a kind over a search or ticked ids,
// with its count first, its consent evidence and its undo. Real core, real SQLite file.
let now = Date.UTC(2026, 11, 7, 10);
const clock = { now: () => new Date(now) };
const boot = useTempCore('bulk-edit', clock);
const call = callThrough(boot);

const create = (input: MethodInput<'contacts.create'>): Promise<Contact> => {
  now += 60_000;
  return call('contacts.create', input);
};
const get = (id: string) => call('contacts.get', { id });

// Three customers at "Atelier" (one unsubscribed), one elsewhere.
const seed = async () => {
  const ana = await create({ firstName: 'Ana', lastName: 'Atelier', email: 'ana@example.com', tags: ['vip'] });
  const ben = await create({ firstName: 'Ben', lastName: 'Atelier', email: 'ben@example.com', consent: { basis: 'consent', source: 'form', at: '2026-01-02T00:00:00.000Z' } });
  const cleo = await create({ firstName: 'Cléo', lastName: 'Atelier', email: 'cleo@example.com' });
  await call('contacts.unsubscribe', { id: cleo.id });
  const dan = await create({ firstName: 'Dan', lastName: 'Autre', email: 'dan@example.com' });
  now += 60_000;
  return { ana, ben, cleo: await get(cleo.id), dan };
};

describe('a legal basis for all contacts matching a search', () => {
  it('counts, sets the basis with evidence, leaves an unsubscribed person as they are, and undoes', async () => {
    const { ana, ben, cleo, dan } = await seed();
    const input = { target: { search: 'atelier' }, change: { field: 'consent-basis', value: 'soft-opt-in' } } as const;
    expect(await call('contacts.bulkCount', input)).toEqual({ selected: 3, changing: 2, optedOut: 1 });

    const edit = await call('contacts.bulkEdit', input);
    expect(edit).toMatchObject({ field: 'consent-basis', value: 'soft-opt-in', contactCount: 2, undoneAt: null });
    for (const c of [ana, ben]) expect((await get(c.id)).consent?.basis).toBe('soft-opt-in');
    const cleoAfter = await get(cleo.id);
    expect(cleoAfter.unsubscribedAt).toBe(cleo.unsubscribedAt);
    expect(cleoAfter.consent).toEqual(cleo.consent);
    expect((await get(dan.id)).consent).toBeNull();

    const history = await call('contacts.consentHistory', { id: ana.id });
    expect(history.changes[0]).toMatchObject({ basis: 'soft-opt-in', evidence: 'set by the owner for 2 contacts on 2026-12-07', origin: 'cli' });
    const audit = await call('audit.list', {});
    expect(audit.rows.some((r) => r.action === 'consent' && r.detail === `bulk-edit=${edit.id}; basis=soft-opt-in; contacts=2`)).toBe(true);

    now += 60_000;
    const undone = await call('bulkEdits.undo', { id: edit.id });
    expect(undone).toMatchObject({ restored: 2, keptLaterChange: 0 });
    expect((await get(ana.id)).consent).toBeNull();
    expect((await get(ben.id)).consent).toEqual({ basis: 'consent', source: 'form', at: '2026-01-02T00:00:00.000Z' });
    expect((await get(cleo.id)).unsubscribedAt).toBe(cleo.unsubscribedAt);
    expect((await call('contacts.consentHistory', { id: ben.id })).changes[0]).toMatchObject({ basis: 'consent', evidence: 'restored by undoing the change of 2026-12-07' });
    expect((await domainErrorOf(() => call('bulkEdits.undo', { id: edit.id }))).code).toBe('CONFLICT');
    expect((await call('bulkEdits.list', {}))[0]).toMatchObject({ id: edit.id, undoneAt: new Date(now).toISOString() });
  });

  it('keeps, on undo, a basis changed since, an unsubscribe since, and forgets an erased contact', async () => {
    const { ana, ben, dan } = await seed();
    const edit = await call('contacts.bulkEdit', { target: { ids: [ana.id, ben.id, dan.id] }, change: { field: 'consent-basis', value: 'legitimate-interest' } });
    expect(edit.contactCount).toBe(3);
    now += 60_000;
    await call('contacts.update', { id: ana.id, patch: { consent: { basis: 'consent', source: 'phone call', at: null } } });
    await call('contacts.unsubscribe', { id: ben.id });
    const benUnsubscribed = (await get(ben.id)).unsubscribedAt;
    await call('contacts.erase', { id: dan.id });
    now += 60_000;
    const undone = await call('bulkEdits.undo', { id: edit.id });
    expect(undone).toMatchObject({ restored: 1, keptLaterChange: 1 });
    expect((await get(ana.id)).consent).toMatchObject({ basis: 'consent', source: 'phone call' });
    const benAfter = await get(ben.id);
    expect(benAfter.consent?.basis).toBe('consent');
    expect(benAfter.unsubscribedAt).toBe(benUnsubscribed);
  });
});

describe('tags and kind', () => {
  it('adds and removes a tag over a search, and undoes each', async () => {
    const { ana, ben, cleo, dan } = await seed();
    const add = await call('contacts.bulkEdit', { target: { search: 'atelier' }, change: { field: 'add-tag', value: ' Salon 2026 ' } });
    expect(add.contactCount).toBe(3);
    expect((await get(cleo.id)).tags).toEqual(['Salon 2026']);
    expect((await get(cleo.id)).unsubscribedAt).not.toBeNull();
    expect((await get(dan.id)).tags).toEqual([]);

    const remove = await call('contacts.bulkEdit', { target: { search: '' }, change: { field: 'remove-tag', value: 'VIP' } });
    expect(remove.contactCount).toBe(1);
    expect((await get(ana.id)).tags).toEqual(['Salon 2026']);

    await call('bulkEdits.undo', { id: remove.id });
    expect((await get(ana.id)).tags).toEqual(['Salon 2026', 'vip']);
    await call('bulkEdits.undo', { id: add.id });
    expect((await get(ana.id)).tags).toEqual(['vip']);
    expect((await get(ben.id)).tags).toEqual([]);
    expect((await get(cleo.id)).unsubscribedAt).not.toBeNull();
  });

  it('sets the kind of ticked contacts, refuses an edit that changes nobody, and undoes', async () => {
    const { ana, ben } = await seed();
    const edit = await call('contacts.bulkEdit', { target: { ids: [ana.id, ben.id] }, change: { field: 'kind', value: 'donor' } });
    expect(edit.contactCount).toBe(2);
    expect((await get(ben.id)).kind).toBe('donor');
    const again = await domainErrorOf(() => call('contacts.bulkEdit', { target: { ids: [ana.id, ben.id] }, change: { field: 'kind', value: 'donor' } }));
    expect(again.code).toBe('CONFLICT');
    await call('bulkEdits.undo', { id: edit.id });
    expect((await get(ana.id)).kind).toBe('customer');
    expect((await get(ben.id)).kind).toBe('customer');
  });

  it('edits 20,000 contacts matching a search in one go', async () => {
    const sqlite = boot().database.sqlite;
    const insert = sqlite.prepare(`INSERT INTO contacts (id, first_name, last_name, sort_name, email, email_key, created_at, updated_at) VALUES (?, ?, 'Lot', ?, ?, ?, ?, ?)`);
    sqlite.transaction(() => {
      for (let i = 0; i < 20_000; i += 1) insert.run(`lot-${i}`, `P${i}`, `lot p${i}`, `p${i}@example.com`, `p${i}@example.com`, now, now);
    })();
    const started = performance.now();
    const edit = await call('contacts.bulkEdit', { target: { search: 'lot' }, change: { field: 'consent-basis', value: 'soft-opt-in' } });
    const took = performance.now() - started;
    expect(edit.contactCount).toBe(20_000);
    expect(sqlite.prepare(`SELECT count(*) FROM consent_changes WHERE basis = 'soft-opt-in'`).pluck().get()).toBe(20_000);
    expect(took).toBeLessThan(5_000);
  });
});
