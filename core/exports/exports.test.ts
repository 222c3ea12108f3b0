import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContactInput } from '../../api';
import { suppress } from '../respect/suppression-list';
import { callThrough, domainErrorOf, useTempCore } from '../test-support/temp-core';
import { sql } from 'drizzle-orm';
import { exportPages } from './export-rows';
import { exportToPath } from './run-export';

// Exports on a real database: contacts as CSV and vCard, a segment as hashed audiences, and what
// each leaves out. Invented people, example.com addresses.
const T = Date.UTC(2026, 2, 9, 9);
const clock = { now: () => new Date(T) };
const boot = useTempCore('exports', clock);
const call = callThrough(boot);

const consent = { basis: 'consent' as const, source: 'form on the shop', at: '2026-01-05T10:00:00.000Z' };
const create = (input: ContactInput) => call('contacts.create', input);

const seed = async () => {
  const ines = await create({
    firstName: 'Inès', lastName: "O'Neil-Durand", email: ' Ines.Durand@Example.com ', phone: '+33 6 12 34 56 78', company: 'Atelier; Lumière',
    kind: 'customer', tags: ['vip', 'salon 2025'], language: 'fr', country: 'FR', postalCode: '69001', notes: 'likes, blue\nline two', consent,
  });
  const formula = await create({ firstName: '=HYPERLINK("https://example.com","x")', lastName: 'Martin', email: 'martin@example.com', consent: { basis: 'soft-opt-in', source: 'shop', at: null } });
  const gone = await create({ firstName: 'Paul', email: 'paul@example.com', consent });
  await call('contacts.unsubscribe', { id: gone.id });
  const bounced = await create({ firstName: 'Zoé', email: 'zoe@example.com', consent });
  suppress(boot().database.sqlite, { emailKey: 'zoe@example.com', phone: null }, 'bounced', T);
  const erased = await create({ firstName: 'Eve', email: 'eve@example.com', consent });
  await call('contacts.erase', { id: erased.id });
  return { ines, formula, gone, bounced };
};

const lines = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n');

describe('a contacts CSV export', () => {
  it('opens cleanly in a spreadsheet: BOM, the chosen delimiter, CRLF, formulas neutralised', async () => {
    await seed();
    const file = await call('exports.file', { target: { search: '' }, format: 'csv', delimiter: ';' });
    expect(file.content.startsWith('\uFEFFEmail;First name;Last name;Phone;')).toBe(true);
    expect(file.fileName).toBe('relance-contacts-2026-03-09.csv');
    expect(file.count).toBe(4);
    const rows = lines(file.content);
    expect(rows.find((row) => row.includes('martin@'))).toContain(`;"'=HYPERLINK(""https://example.com"",""x"")";Martin;`);
    // A phone's + would start a formula: it gets the apostrophe the import takes off again.
    expect(file.content).toContain(
      `Ines.Durand@example.com;Inès;O'Neil-Durand;'+33612345678;"Atelier; Lumière";customer;salon 2025, vip;fr;FR;;69001;consent;2026-01-05T10:00:00.000Z;;2026-03-09T09:00:00.000Z;"likes, blue\nline two"\r\n`,
    );
  });

  it('goes in the privacy log with its count, never a name or an address', async () => {
    await seed();
    await call('exports.file', { target: { search: '' }, format: 'vcard' });
    const log = await call('audit.list', {});
    const entry = log.rows.find((row) => row.action === 'export');
    expect(entry).toMatchObject({ origin: 'cli', contactId: null, detail: 'contacts export (vcard, contacts): 4 contacts' });
  });

  it('takes the ticked contacts only, or those a search matches', async () => {
    const { ines, formula } = await seed();
    const ticked = await call('exports.file', { target: { ids: [ines.id, formula.id] }, format: 'csv' });
    expect(ticked.count).toBe(2);
    const searched = await call('exports.file', { target: { search: 'martin' }, format: 'csv' });
    expect(lines(searched.content).filter(Boolean)).toHaveLength(2);
  });

  it('imports back into a fresh database as the same contacts', async () => {
    const { ines } = await seed();
    const file = await call('exports.file', { target: { search: '' }, format: 'csv', delimiter: ';' });
    const before = (await call('contacts.list', { limit: 500 })).rows;
    // A fresh database: every contact of this one erased or deleted first would leave traces;
    // another data folder is the real thing.
    const { bootCore } = await import('../boot');
    const dir = mkdtempSync(join(tmpdir(), 'relance-roundtrip-'));
    const fresh = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock });
    try {
      const staged = fresh.stageFile(file.fileName, new TextEncoder().encode(file.content));
      const result = await fresh.imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
      expect(result.preview.problems).toEqual([]);
      expect(result.commit).toMatchObject({ created: 4, rejected: 0 });
      const after = (await callThrough(() => fresh)('contacts.list', { limit: 500 })).rows;
      const same = (rows: typeof before) =>
        rows
          .map((c) => ({ name: [c.firstName, c.lastName], email: c.email, phone: c.phone, tags: [...c.tags].sort(), kind: c.kind, basis: c.consent?.basis ?? null, company: c.company, language: c.language, country: c.country, notes: c.notes, isUnsubscribed: c.unsubscribedAt !== null }))
          .sort((a, b) => String(a.email).localeCompare(String(b.email)));
      // Two differences, both on purpose: a name a spreadsheet would run as a formula comes back
      // with the apostrophe that neutralised it, and an unsubscribed person comes back
      // unsubscribed, their opt-out having withdrawn the basis they had.
      const expected = same(before).map((c) => {
        if (c.email === 'martin@example.com') return { ...c, name: [`'${c.name[0]}`, c.name[1]] };
        return c.isUnsubscribed ? { ...c, basis: null } : c;
      });
      expect(same(after)).toEqual(expected);
      const back = after.find((c) => c.email === ines.email)!;
      expect(back.consent?.at).toBe(consent.at);
      expect(back.createdAt).toBe(ines.createdAt);
    } finally {
      fresh.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a vCard export', () => {
  it('writes vCard 4.0 cards with escaped values and CRLF lines', async () => {
    const { ines } = await seed();
    const file = await call('exports.file', { target: { ids: [ines.id] }, format: 'vcard' });
    expect(file.fileName).toMatch(/\.vcf$/);
    expect(file.content).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        "FN:Inès O'Neil-Durand",
        "N:O'Neil-Durand;Inès;;;",
        'EMAIL:Ines.Durand@example.com',
        'TEL;VALUE=uri:tel:+33612345678',
        'ORG:Atelier\\; Lumière',
        'ADR:;;;;;69001;FR',
        'LANG:fr',
        'NOTE:likes\\, blue\\nline two',
        'CATEGORIES:salon 2025,vip',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });
});

describe('a hashed audience', () => {
  it('holds only people who consented, never the unsubscribed, suppressed or erased, and warns under 100', async () => {
    await seed();
    const count = await call('exports.count', { target: { search: '' }, format: 'meta' });
    // Inès only: Martin's soft opt-in does not cover ads, Paul unsubscribed, Zoé bounced, Eve is erased.
    expect(count).toEqual({ count: 1, leftOut: 3, isBelowAudienceMinimum: true });
    const file = await call('exports.file', { target: { search: '' }, format: 'meta' });
    for (const email of ['martin', 'paul', 'zoe', 'eve', 'ines']) expect(file.content).not.toContain(email);
    expect(lines(file.content).filter(Boolean)).toHaveLength(2);
  });

  it('writes Meta’s columns, every value normalised and SHA-256 hashed', async () => {
    const { ines } = await seed();
    const file = await call('exports.file', { target: { ids: [ines.id] }, format: 'meta' });
    const [header, row] = lines(file.content);
    expect(header).toBe('email,phone,fn,ln,zip,country');
    const { createHash } = await import('node:crypto');
    const sha = (v: string) => createHash('sha256').update(v).digest('hex');
    expect(row!.split(',')).toEqual([sha('ines.durand@example.com'), sha('33612345678'), sha('inès'), sha('oneildurand'), sha('69001'), sha('fr')]);
  });

  it('writes Google’s columns, Country and Zip as they are', async () => {
    const { ines } = await seed();
    const file = await call('exports.file', { target: { segmentId: 'lapsed-customers' }, format: 'google' });
    expect(lines(file.content)[0]).toBe('Email,Phone,First Name,Last Name,Country,Zip');
    const one = await call('exports.file', { target: { ids: [ines.id] }, format: 'google' });
    const { createHash } = await import('node:crypto');
    const sha = (v: string) => createHash('sha256').update(v).digest('hex');
    expect(lines(one.content)[1]!.split(',')).toEqual([sha('ines.durand@example.com'), sha('+33612345678'), sha('inès'), sha("o'neil-durand"), 'FR', '69001']);
  });

  it('refuses a segment that does not exist, in a sentence', async () => {
    const error = await domainErrorOf(() => call('exports.count', { target: { segmentId: 'no-such-segment' }, format: 'meta' }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/There is no segment "no-such-segment"/);
  });
});

describe('reading the contacts to export', () => {
  it('goes through them a page at a time by row id, each once', async () => {
    await seed();
    const pages = [...exportPages(boot().database.db, sql`1`, 3)];
    expect(pages.map((page) => page.length)).toEqual([3, 1]);
    const ids = pages.flat().map((row) => row.rowId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(4);
  });
});

describe('an export to a file', () => {
  it('is written a page at a time, readable by its owner only, with progress', async () => {
    await seed();
    const dir = mkdtempSync(join(tmpdir(), 'relance-export-file-'));
    try {
      const path = join(dir, 'out.csv');
      const seen: [number, number][] = [];
      const ctx = { db: boot().database.db, clock, info: { version: '0', dataDir: dir, isDemo: false, host: 'cli' as const }, events: boot().events };
      const count = await exportToPath(ctx, { target: { search: '' }, format: 'csv' }, path, (done, total) => seen.push([done, total]));
      expect(count.count).toBe(4);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(readFileSync(path, 'utf8').startsWith('\uFEFFEmail,')).toBe(true);
      expect(seen.at(-1)).toEqual([4, 4]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
