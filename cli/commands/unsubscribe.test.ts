import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Contact } from '../../api';
import { bootCore } from '../../core/boot';
import { repoRoot, runCli, type CliRun } from '../test-support/run-cli';

let dir: string;
let dataDir: string;
let camilleId: string;

const relance = (...args: string[]): Promise<CliRun> => runCli(join(dir, 'never-used'), ...args);

const contactsJson = async (): Promise<Contact[]> => JSON.parse((await relance('contacts', '--data-dir', dataDir, '--json')).stdout) as Contact[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-unsubscribe-'));
  dataDir = join(dir, 'data');
  const booted = bootCore({ dataDir, migrationsFolder: join(repoRoot, 'db', 'migrations'), host: 'cli' });
  try {
    const create = booted.handlers['contacts.create'];
    await create(contract['contacts.create'].input.parse({ firstName: 'Hugo', lastName: 'Bernard', email: 'hugo@example.com' }));
    camilleId = (await create(contract['contacts.create'].input.parse({ firstName: 'Camille', lastName: 'Durand', phone: '06 12 34 56 78' }))).id;
  } finally {
    booted.close();
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each step starts the command line afresh, as a person (or cron) does: a few seconds each on a busy machine.
describe('relance unsubscribe', { timeout: 60_000 }, () => {
  it('shows unsubscribedAt on every contact of relance contacts --json, null until they opt out', async () => {
    const contacts = await contactsJson();
    expect(contacts.map((c) => [c.firstName, c.unsubscribedAt, c.suppressed])).toEqual([
      ['Hugo', null, null],
      ['Camille', null, null],
    ]);
  });

  it('unsubscribes by email address in any case, then says it was already done', async () => {
    const run = await relance('unsubscribe', 'HUGO@example.com', '--data-dir', dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Hugo Bernard is unsubscribed \(\d{4}-\d{2}-\d{2}\): nothing planned for them will go/);
    const hugo = (await contactsJson()).find((c) => c.firstName === 'Hugo')!;
    expect(hugo.unsubscribedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(hugo.suppressed).toBe('unsubscribed');

    const again = await relance('unsubscribe', 'hugo@example.com', '--data-dir', dataDir);
    expect(again.code).toBe(0);
    // The day in the owner's zone (Europe/Paris by default), as the CLI prints every date.
    const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(hugo.unsubscribedAt!));
    expect(again.stdout).toBe(`Hugo Bernard had already unsubscribed on ${parisDay}; nothing more to do.\n`);
  });

  it('unsubscribes a person reached by phone by their id, with --json', async () => {
    const run = await relance('unsubscribe', camilleId, '--data-dir', dataDir, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: camilleId, phone: '+33612345678', suppressed: 'unsubscribed' });
  });

  it('says so in a sentence when nobody matches, and asks for one contact', async () => {
    const unknown = await relance('unsubscribe', 'nobody@example.com', '--data-dir', dataDir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('relance: No contact has the address nobody@example.com. Check it with: relance contacts --search nobody@example.com\n');
    const missing = await relance('unsubscribe', 'not-an-id', '--data-dir', dataDir);
    expect(missing.stderr).toBe('relance: This contact was not found. It may have been deleted.\n');
    const none = await relance('unsubscribe', '--data-dir', dataDir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Name one contact: relance unsubscribe ID|EMAIL.');
  });

  it('is in the help', async () => {
    const run = await relance('--help');
    expect(run.stdout).toMatch(/^ {2}unsubscribe\b/m);
    expect(run.stdout).toContain('relance unsubscribe ID|EMAIL [--json] [--data-dir DIR]');
  });
});
