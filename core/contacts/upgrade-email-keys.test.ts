import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../api';
import { bootCore, type Booted } from '../boot';
import { suppressionHash } from '../respect/suppression-hash';
import { domainErrorOf } from '../test-support/temp-core';

const NOW = Date.parse('2026-12-07T10:00:00Z');
const clock = { now: () => new Date(NOW) };
const OLD_KEY = 'ana@exämple.org';
const NEW_KEY = 'ana@xn--exmple-cua.org';

let dir = '';
const booted: Booted[] = [];
const boot = () => {
  const core = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock });
  booted.push(core);
  return core;
};
afterEach(() => {
  for (const core of booted.splice(0)) core.close();
  rmSync(dir, { recursive: true, force: true });
});

// A database saved when international domains were compared in Unicode: the contact's key and
// their suppression are in the old form, and the upgrade has not run yet.
const seedOldForm = () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-email-keys-'));
  const first = boot();
  const sqlite = first.database.db.$client;
  sqlite
    .prepare("INSERT INTO contacts (id, first_name, sort_name, email, email_key, created_at, updated_at) VALUES ('ana', 'Ana', 'ana', ?, ?, 0, 0)")
    .run(OLD_KEY, OLD_KEY);
  sqlite.prepare("INSERT INTO suppressions (hash, reason, channel, created_at) VALUES (?, 'unsubscribed', 'email', 0)").run(suppressionHash(OLD_KEY));
  sqlite.prepare("DELETE FROM settings WHERE key = 'upgrade.emailKeysPunycode'").run();
  first.close();
  booted.pop();
};

describe('keys of international addresses saved before', () => {
  it('move to the punycode form once, with their suppression, so the other spelling is the same person', async () => {
    seedOldForm();
    const core = boot();
    const sqlite = core.database.db.$client;
    expect(sqlite.prepare("SELECT email_key FROM contacts WHERE id = 'ana'").pluck().get()).toBe(NEW_KEY);
    expect(sqlite.prepare('SELECT reason FROM suppressions WHERE hash = ?').pluck().get(suppressionHash(NEW_KEY))).toBe('unsubscribed');

    const create = core.handlers['contacts.create'] as (input: unknown) => Promise<unknown>;
    const refusal = await domainErrorOf(async () => create(contract['contacts.create'].input.parse({ firstName: 'Ana', email: 'ANA@xn--exmple-cua.org' })));
    expect(refusal.code).toBe('CONFLICT');
  });

  it('leaves a key another contact already holds, and runs only once', () => {
    seedOldForm();
    const first = boot();
    first.database.db.$client.prepare("DELETE FROM settings WHERE key = 'upgrade.emailKeysPunycode'").run();
    first.database.db.$client.prepare("UPDATE contacts SET email_key = ? WHERE id = 'ana'").run(OLD_KEY);
    first.database.db.$client
      .prepare("INSERT INTO contacts (id, first_name, sort_name, email, email_key, created_at, updated_at) VALUES ('bo', 'Bo', 'bo', ?, ?, 0, 0)")
      .run(NEW_KEY, NEW_KEY);
    first.close();
    booted.pop();
    const sqlite = boot().database.db.$client;
    expect(sqlite.prepare("SELECT email_key FROM contacts WHERE id = 'ana'").pluck().get()).toBe(OLD_KEY);
    expect(sqlite.prepare("SELECT value FROM settings WHERE key = 'upgrade.emailKeysPunycode'").pluck().get()).toBe(String(NOW));
  });
});
