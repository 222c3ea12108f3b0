import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../api';
import { bootCore } from '../../core/boot';
import { runCli } from '../test-support/run-cli';

let dir: string;
let dataDir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-outbox-'));
  dataDir = join(dir, 'data');
  const booted = bootCore({ dataDir, migrationsFolder: 'db/migrations', host: 'cli' });
  const settings = contract['settings.update'].input.parse({
    business: { name: 'Atelier', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, Lyon', website: '' },
    promoCode: 'MERCI',
  });
  await booted.handlers['settings.update'](settings);
  const contact = await booted.handlers['contacts.create'](
    contract['contacts.create'].input.parse({ firstName: 'Ana', lastName: 'Duval', email: 'ana@example.com', consent: { basis: 'consent', source: 'shop', at: null } }),
  );
  // A cart abandoned an hour ago: the CLI runs on the real clock.
  booted.database.sqlite
    .prepare("INSERT INTO contact_events (id, contact_id, type, occurred_at, source, created_at) VALUES ('E1', ?, 'abandoned_cart', ?, 'manual', ?)")
    .run(contact.id, Date.now() - 3_600_000, Date.now());
  // Written straight to the file: planned as the scheduler would after such a change.
  await booted.handlers['outbox.plan']({});
  booted.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('relance outbox', () => {
  it('prints the prepared messages as JSON with the fields scripts rely on', async () => {
    const run = await runCli(join(dir, 'unused'), 'outbox', '--data-dir', dataDir, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(entries.map((e) => [e.program, e.step, e.state])).toEqual([
      ['cart-recovery', 1, 'scheduled'],
      ['cart-recovery', 2, 'scheduled'],
      ['cart-recovery', 3, 'scheduled'],
    ]);
    expect(entries[0]).toMatchObject({ contact: { email: 'ana@example.com', firstName: 'Ana', lastName: 'Duval' }, subject: 'Votre panier chez Atelier' });
    expect(String(entries[0]!.scheduled_at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('refuses an unknown view with a usage error', async () => {
    const run = await runCli(join(dir, 'unused'), 'outbox', '--data-dir', dataDir, '--view', 'later');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--view takes one of: today, upcoming, attention, sent, failed, unknown.');
  });
});
