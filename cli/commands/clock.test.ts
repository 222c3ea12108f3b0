import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../api';
import { bootCore } from '../../core/boot';
import { repoRoot, runCli, type CliRun } from '../test-support/run-cli';

// Every time the CLI prints is the owner's, with the offset; --json keeps ISO 8601 UTC. Kolkata
// (UTC+05:30 all year, no daylight saving) makes the expected text plain arithmetic, and differs
// from both UTC and this machine's zone.
const ZONE = 'Asia/Kolkata';
const inKolkata = (iso: string): string => `${new Date(Date.parse(iso) + 5.5 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')} +05:30`;

let dir: string;
let dataDir: string;
const relance = (...args: string[]): Promise<CliRun> => runCli(join(dir, 'never-used'), ...args);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-clock-'));
  dataDir = join(dir, 'data');
  const booted = bootCore({ dataDir, migrationsFolder: join(repoRoot, 'db', 'migrations'), host: 'cli' });
  try {
    await booted.handlers['settings.update'](contract['settings.update'].input.parse({
      business: { name: 'Atelier', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, Lyon', website: '' },
      promoCode: 'MERCI',
      timeZone: ZONE,
    }));
    const ana = await booted.handlers['contacts.create'](
      contract['contacts.create'].input.parse({ firstName: 'Ana', lastName: 'Duval', email: 'ana@example.com', consent: { basis: 'consent', source: 'shop', at: null } }),
    );
    booted.database.sqlite
      .prepare("INSERT INTO contact_events (id, contact_id, type, occurred_at, source, created_at) VALUES ('E1', ?, 'abandoned_cart', ?, 'manual', ?)")
      .run(ana.id, Date.now() - 3_600_000, Date.now());
    await booted.handlers['outbox.plan']({});
  } finally {
    booted.close();
  }
  writeFileSync(join(dir, 'people.csv'), 'First Name,Last Name,Email\nLéa,Martin,lea@example.com\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI prints times in the owner\'s zone', { timeout: 60_000 }, () => {
  it('lists the outbox in the owner\'s zone with its offset, and keeps UTC in --json', async () => {
    const json = JSON.parse((await relance('outbox', '--data-dir', dataDir, '--json')).stdout) as { scheduled_at: string }[];
    expect(json).toHaveLength(3);
    for (const entry of json) expect(entry.scheduled_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const text = await relance('outbox', '--data-dir', dataDir);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain('UTC');
    for (const entry of json) expect(text.stdout).toContain(inKolkata(entry.scheduled_at));
  });

  it('dates the import history the same way', async () => {
    expect((await relance('import', join(dir, 'people.csv'), '--data-dir', dataDir)).code).toBe(0);
    const [summary] = JSON.parse((await relance('imports', '--data-dir', dataDir, '--json')).stdout) as { createdAt: string }[];
    expect(summary!.createdAt).toMatch(/Z$/);
    const text = await relance('imports', '--data-dir', dataDir);
    expect(text.stdout).toContain(inKolkata(summary!.createdAt));
    expect(text.stdout).not.toContain('(UTC)');
  });

  it('says the day of an unsubscribe in the owner\'s zone', async () => {
    const run = await relance('unsubscribe', 'lea@example.com', '--data-dir', dataDir);
    const [lea] = (JSON.parse((await relance('contacts', '--data-dir', dataDir, '--search', 'lea', '--json')).stdout) as { unsubscribedAt: string }[]);
    expect(run.stdout).toContain(`(${inKolkata(lea!.unsubscribedAt).slice(0, 10)})`);
  });
});
