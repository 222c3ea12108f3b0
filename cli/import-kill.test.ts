import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bootCore } from '../core/boot';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROWS = 60_000;
let dir: string;
let corpus: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-kill-'));
  execFileSync(process.execPath, [join(root, '..', 'shared', 'corpora', 'gen-large.mjs'), '--rows', String(ROWS), '--out', dir], { stdio: 'ignore' });
  corpus = join(dir, `contacts-${ROWS}.csv`);
  const booted = bootCore({ dataDir: join(dir, 'data'), migrationsFolder: join(root, 'db', 'migrations'), host: 'cli' });
  booted.handlers['contacts.create']({ firstName: 'Déjà', lastName: 'Là', email: 'deja@example.com', phone: null, company: '', kind: 'customer', tags: [], language: null, country: null, notes: '', consent: null });
  booted.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The write phase is the only time the WAL grows past a few pages: kill the process then.
const waitForWrites = async (walFile: string, child: ReturnType<typeof spawn>): Promise<void> => {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('The import finished before it could be killed: make the file larger.');
    if (existsSync(walFile) && statSync(walFile).size > 2 * 2 ** 20) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('The import never started writing.');
};

it('killing the import mid-commit leaves an intact database with nothing from that import', async () => {
  const dataDir = join(dir, 'data');
  const child = spawn(process.execPath, [join(root, 'bin', 'relance.mjs'), 'import', corpus, '--data-dir', dataDir], { stdio: 'ignore' });
  await waitForWrites(join(dataDir, 'relance.db-wal'), child);
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));

  const db = new Database(join(dataDir, 'relance.db'));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM contact_events').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'deja'").pluck().get()).toBe(1);
  } finally {
    db.close();
  }
}, 120_000);
