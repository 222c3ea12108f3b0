import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  contactSortKeys,
  figureSortKeys,
  type Contact,
  type ContactSortKey,
  type MethodInput,
  type PushEvent,
} from '../../api';
import { bootCore, type Booted } from '../boot';
import { DomainError } from '../errors';
import { callThrough, domainErrorOf } from '../test-support/temp-core';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const START = Date.UTC(2026, 0, 15, 9, 0, 0);

let dir: string;
let now: number;
let booted: Booted;
let events: PushEvent[];

const boot = (isDemo = false): Booted => {
  const core = bootCore({ dataDir: dir, migrationsFolder, host: 'cli', isDemo, clock: { now: () => new Date(now) } });
  // The outbox re-plans after each change and says so; these tests are about the contacts events.
  core.events.subscribe((event) => event.type !== 'outbox.changed' && events.push(event));
  return core;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-contacts-'));
  now = START;
  events = [];
  booted = boot();
});
afterEach(() => {
  booted.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = callThrough(() => booted);

const create = (input: MethodInput<'contacts.create'>): Promise<Contact> => {
  now += 60_000;
  return call('contacts.create', input);
};

const search = async (text: string): Promise<string[]> => {
  const list = await call('contacts.list', { search: text, limit: 500 });
  return list.rows.map((c) => `${c.firstName} ${c.lastName}`);
};

describe('create, get, update, delete', () => {
  it('creates a contact with normalised fields and reads it back', async () => {
    const created = await create({
      firstName: '  Héloïse ',
      lastName: 'Dupont',
      email: 'Heloise.Dupont@Example.FR',
      phone: '06 12 34 56 78',
      company: 'Atelier Lumière',
      kind: 'donor',
      tags: ['VIP'],
      language: 'fr',
      country: 'FR',
      notes: 'Rencontrée au salon.',
      consent: { basis: 'consent', source: 'formulaire', at: '2025-06-01T10:00:00.000Z' },
    });
    expect(created).toMatchObject({
      firstName: 'Héloïse',
      lastName: 'Dupont',
      email: 'Heloise.Dupont@example.fr',
      phone: '+33612345678',
      company: 'Atelier Lumière',
      kind: 'donor',
      tags: ['VIP'],
      consent: { basis: 'consent', source: 'formulaire', at: '2025-06-01T10:00:00.000Z' },
      createdAt: new Date(now).toISOString(),
      updatedAt: new Date(now).toISOString(),
    });
    expect(await call('contacts.get', { id: created.id })).toEqual(created);
  });

  it('updates only the fields in the patch and moves updatedAt', async () => {
    const created = await create({ firstName: 'Jules', lastName: 'Martin', email: 'jules@example.com', phone: '0612345678', tags: ['newsletter'], country: 'FR', notes: 'Note' });
    now += 3_600_000;
    const updated = await call('contacts.update', { id: created.id, patch: { company: 'Boulangerie du Marché' } });
    expect(updated).toEqual({ ...created, company: 'Boulangerie du Marché', updatedAt: new Date(now).toISOString() });
    expect(await call('contacts.get', { id: created.id })).toEqual(updated);
  });

  it('deletes a contact and its tags; a second delete says not found', async () => {
    const created = await create({ firstName: 'Jules', tags: ['vip'] });
    expect(await call('contacts.delete', { id: created.id })).toEqual({ id: created.id });
    expect((await domainErrorOf(() => call('contacts.get', { id: created.id }))).code).toBe('NOT_FOUND');
    expect((await domainErrorOf(() => call('contacts.delete', { id: created.id }))).code).toBe('NOT_FOUND');
    expect(booted.database.sqlite.prepare('SELECT count(*) AS n FROM contact_tags').get()).toEqual({ n: 0 });
  });

  it('says not found when updating a contact that does not exist', async () => {
    const error = await domainErrorOf(() => call('contacts.update', { id: 'missing', patch: { firstName: 'X' } }));
    expect(error.code).toBe('NOT_FOUND');
  });

  it('stores a hostile name verbatim, to be escaped where it is shown', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const created = await create({ firstName: hostile, lastName: "'; DROP TABLE contacts; --" });
    const read = await call('contacts.get', { id: created.id });
    expect(read.firstName).toBe(hostile);
    expect(read.lastName).toBe("'; DROP TABLE contacts; --");
  });
});

describe('rules', () => {
  it('refuses a second contact with the same email in another case, with the issue on email', async () => {
    await create({ firstName: 'Anne', lastName: 'Moreau', email: 'Anne.Moreau@example.com' });
    const error = await domainErrorOf(() => create({ firstName: 'Other', email: 'anne.moreau@EXAMPLE.com' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.issues).toEqual([expect.objectContaining({ path: 'email', rule: 'email.taken', params: { name: 'Anne Moreau' } })]);
    expect(error.message).toContain('Anne Moreau');
  });

  it('refuses an international domain typed in its other spelling, and shows it in Unicode', async () => {
    const anne = await create({ firstName: 'Anne', lastName: 'Moreau', email: 'anne@xn--exmple-cua.org' });
    expect(anne.email).toBe('anne@exämple.org');
    const error = await domainErrorOf(() => create({ firstName: 'Other', email: 'Anne@EXÄMPLE.org' }));
    expect(error.issues).toEqual([expect.objectContaining({ path: 'email', rule: 'email.taken', params: { name: 'Anne Moreau' } })]);
  });

  it('refuses taking another contact’s email on update, but lets a contact change the case of its own', async () => {
    await create({ firstName: 'Anne', email: 'anne@example.com' });
    const bob = await create({ firstName: 'Bob', email: 'bob@example.com' });
    const error = await domainErrorOf(() => call('contacts.update', { id: bob.id, patch: { email: 'ANNE@example.com' } }));
    expect(error.code).toBe('CONFLICT');
    expect(error.issues?.[0]?.path).toBe('email');
    expect((await call('contacts.update', { id: bob.id, patch: { email: 'Bob@Example.com' } })).email).toBe('Bob@example.com');
  });

  it('reports an invalid email and an invalid phone together, each on its field', async () => {
    const error = await domainErrorOf(() => create({ firstName: 'Anne', email: 'anne@', phone: 'N/A' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((issue) => issue.path)).toEqual(['email', 'phone']);
    expect(error.issues?.map((issue) => issue.rule)).toEqual(['email.invalid', 'phone.invalid']);
  });

  it('refuses a contact with no name, email or phone', async () => {
    const error = await domainErrorOf(() => create({ company: 'Only a company' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.[0]?.rule).toBe('contact.empty');
  });

  it('reads a phone number with the contact’s country, else the default country setting', async () => {
    expect((await create({ firstName: 'A', phone: '0470 12 34 56', country: 'BE' })).phone).toBe('+32470123456');
    expect((await create({ firstName: 'B', phone: '06 12 34 56 78' })).phone).toBe('+33612345678');
    await call('settings.update', { defaultCountry: 'CH' });
    expect((await create({ firstName: 'C', phone: '079 123 45 67' })).phone).toBe('+41791234567');
    expect((await create({ firstName: 'D', phone: '06 12 34 56 78' })).phone).toBe('+41612345678');
    expect((await domainErrorOf(() => create({ firstName: 'E', phone: '06 12 34' }))).issues?.[0]?.params?.country).toBe('CH');
  });

  it('trims tags and drops duplicates that differ only in case or spaces', async () => {
    const created = await create({ firstName: 'Anne', tags: [' vip ', 'VIP', 'newsletter', '  ', 'newsletter '] });
    expect(created.tags).toEqual(['newsletter', 'vip']);
  });
});

describe('search', () => {
  beforeEach(async () => {
    await create({ firstName: 'Héloïse', lastName: 'Lefèvre', email: 'h.lefevre@boulangerie-martin.fr', phone: '06 12 34 56 78', company: 'Atelier Lumière' });
    await create({ firstName: 'Hugo', lastName: 'Bernard', email: 'hugo@example.com', phone: '+44 20 7946 0123', company: 'Harbour Coffee Co.' });
    await create({ firstName: 'Camille', lastName: 'Durand', email: 'camille@example.org', phone: '01 99 00 12 34' });
  });

  it('finds by the start of a first name', async () => {
    expect(await search('Hé')).toEqual(['Héloïse Lefèvre']);
    expect(await search('h')).toEqual(['Hugo Bernard', 'Héloïse Lefèvre']);
  });

  it('finds names typed without accents', async () => {
    expect(await search('heloise')).toEqual(['Héloïse Lefèvre']);
    expect(await search('lefevre')).toEqual(['Héloïse Lefèvre']);
  });

  it('finds by a word of the email domain and by company', async () => {
    expect(await search('boulangerie')).toEqual(['Héloïse Lefèvre']);
    expect(await search('example')).toEqual(['Hugo Bernard', 'Camille Durand']);
    expect(await search('lumiere')).toEqual(['Héloïse Lefèvre']);
    expect(await search('harbour coffee')).toEqual(['Hugo Bernard']);
  });

  it('finds a phone typed nationally or internationally, with spaces', async () => {
    expect(await search('06 12 34')).toEqual(['Héloïse Lefèvre']);
    expect(await search('+33 6 12')).toEqual(['Héloïse Lefèvre']);
    expect(await search('020 7946')).toEqual(['Hugo Bernard']);
  });

  it('needs every word to match', async () => {
    expect(await search('hugo lefevre')).toEqual([]);
    expect(await search('héloïse atelier')).toEqual(['Héloïse Lefèvre']);
  });

  it('counts only the matching contacts', async () => {
    expect((await call('contacts.list', { search: 'example', limit: 1 })).total).toBe(2);
    expect((await call('contacts.list', { search: '', limit: 1 })).total).toBe(3);
  });

  it.each(['"', '""', '*', 'OR', 'h OR c', 'NEAR(', 'NEAR(h c)', '"unclosed', 'hugo*', '-hugo', '^h', 'email:hugo', '(', ')', 'AND', 'NOT', '{', "'", '+', '🙂'])(
    'treats FTS syntax typed by a person as text: %j',
    async (text) => {
      await expect(call('contacts.list', { search: text })).resolves.toMatchObject({ offset: 0 });
    },
  );

  it('keeps the meaning of words around FTS operators', async () => {
    expect(await search('hugo OR')).toEqual([]);
    expect(await search('hugo*')).toEqual(['Hugo Bernard']);
  });

  it('reflects updates and deletes', async () => {
    const [hugo] = (await call('contacts.list', { search: 'hugo' })).rows;
    await call('contacts.update', { id: hugo!.id, patch: { lastName: 'Zimmermann' } });
    expect(await search('zimmer')).toEqual(['Hugo Zimmermann']);
    expect(await search('bernard')).toEqual([]);
    await call('contacts.delete', { id: hugo!.id });
    expect(await search('hugo')).toEqual([]);
  });
});

describe('sorting and paging', () => {
  beforeEach(() => {
    booted.close();
    booted = boot(true);
  });

  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  // What each sort key orders by, read from the DTO. SQLite puts NULL first in ascending order;
  // the prospect status and timeline figures put people without a value last either way.
  const STATUS_RANK = { new: 1, 'in-discussion': 2, stalled: 3, won: 4, lost: 5 } as const;
  const sortValue = (c: Contact, key: ContactSortKey): string | number | null => {
    switch (key) {
      case 'name':
        return c.lastName || c.firstName ? fold(`${c.lastName} ${c.firstName}`) : fold(c.email ?? '');
      case 'email':
        return c.email?.toLowerCase() ?? null;
      case 'company':
        return c.company.toLowerCase();
      case 'prospectStatus':
        return c.prospectStatus === null ? null : STATUS_RANK[c.prospectStatus];
      case 'givenThisYear':
        return c.figures.givenThisYearMinor;
      case 'givenLastYear':
        return c.figures.givenLastYearMinor;
      case 'lifetimeValue':
        return c.figures.lifetimeMinor;
      case 'lastContactAt':
      case 'lastOrderAt':
      case 'lastDonationAt':
      case 'openCartAt':
        return c.figures[key];
      default:
        return c[key];
    }
  };
  const isNullLast = (key: ContactSortKey): boolean => key === 'prospectStatus' || (figureSortKeys as readonly string[]).includes(key);
  const compare = (a: string | number | null, b: string | number | null): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
  const inOrder = (a: string | number | null, b: string | number | null, key: ContactSortKey, sign: number): boolean => {
    if (isNullLast(key) && (a === null || b === null)) return b === null;
    return sign * compare(a, b) <= 0;
  };

  const allPages = async (sort: ContactSortKey, direction: 'asc' | 'desc', limit: number): Promise<Contact[]> => {
    const rows: Contact[] = [];
    for (let offset = 0; ; offset += limit) {
      const page = await call('contacts.list', { sort, direction, offset, limit });
      expect(page.offset).toBe(offset);
      rows.push(...page.rows);
      if (page.rows.length < limit) return rows;
    }
  };

  it('has the demo contacts to sort', async () => {
    expect((await call('contacts.list', {})).total).toBe(300);
  });

  for (const sort of contactSortKeys) {
    for (const direction of ['asc', 'desc'] as const) {
      it(`orders by ${sort} ${direction} and pages without duplicates or gaps`, async () => {
        const whole = (await call('contacts.list', { sort, direction, limit: 500 })).rows;
        expect(whole).toHaveLength(300);
        const sign = direction === 'asc' ? 1 : -1;
        for (let i = 1; i < whole.length; i += 1) {
          expect(inOrder(sortValue(whole[i - 1]!, sort), sortValue(whole[i]!, sort), sort, sign), `${i}`).toBe(true);
        }
        const paged = await allPages(sort, direction, 37);
        expect(paged.map((c) => c.id)).toEqual(whole.map((c) => c.id));
        expect(new Set(paged.map((c) => c.id)).size).toBe(300);
      });
    }
  }

  it('pages through search results without duplicates or gaps', async () => {
    const whole = (await call('contacts.list', { search: 'example', sort: 'company', limit: 500 })).rows;
    const paged: Contact[] = [];
    for (let offset = 0; offset < whole.length; offset += 11) {
      paged.push(...(await call('contacts.list', { search: 'example', sort: 'company', offset, limit: 11 })).rows);
    }
    expect(whole.length).toBeGreaterThan(100);
    expect(paged.map((c) => c.id)).toEqual(whole.map((c) => c.id));
  });
});

describe('events', () => {
  it('emits contacts.changed with the id on create, update and delete', async () => {
    const created = await create({ firstName: 'Anne' });
    await call('contacts.update', { id: created.id, patch: { lastName: 'Moreau' } });
    await call('contacts.delete', { id: created.id });
    expect(events).toEqual([
      { type: 'contacts.changed', ids: [created.id] },
      { type: 'contacts.changed', ids: [created.id] },
      { type: 'contacts.changed', ids: [created.id] },
    ]);
  });

  it('emits nothing when a change is refused', async () => {
    await domainErrorOf(() => create({ email: 'not an email' }));
    expect(events).toEqual([]);
  });
});

describe('demo data', () => {
  it('seeds about 300 contacts into its own file once, and not again on the next start', async () => {
    booted.close();
    booted = boot(true);
    expect(existsSync(join(dir, 'relance-demo.db'))).toBe(true);
    expect((await call('contacts.list', {})).total).toBe(300);
    booted.close();
    booted = boot(true);
    expect((await call('contacts.list', {})).total).toBe(300);
    expect(booted.database.sqlite.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 300 });
  });

  it('leaves the real database empty', async () => {
    expect((await call('contacts.list', {})).total).toBe(0);
  });
});
