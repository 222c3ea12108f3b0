import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { DamageNotice } from './pages/damage-notice';
import { startOwnHost, useOwnHost, type OwnHost } from './pages/own-host';
import { shoot } from './pages/screenshots';

const BACKUP = 'relance-manual-2026-12-01T09-00-00-000Z.db';

// A database with some pages overwritten (a bad disk, a copy cut short), next to a good backup.
const damagedDataDir = (): string => {
  const dataDir = mkdtempSync(join(tmpdir(), 'relance-e2e-damaged-'));
  const csv = join(dataDir, 'people.csv');
  const rows = Array.from({ length: 2000 }, (_, i) => `Personne${i},${'Exemple'.repeat(20)},p${i}@example.com`);
  writeFileSync(csv, ['first_name,last_name,email', ...rows].join('\n'));
  const relance = (...args: string[]) => {
    const run = spawnSync(process.execPath, ['bin/relance.mjs', ...args, '--data-dir', dataDir], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
  };
  relance('import', csv);
  mkdirSync(join(dataDir, 'backups'), { recursive: true });
  relance('backup', join(dataDir, 'backups', BACKUP));
  rmSync(csv);
  const file = join(dataDir, 'relance.db');
  const pageSize = 16384;
  const pages = Math.floor(statSync(file).size / pageSize);
  const fd = openSync(file, 'r+');
  for (const page of [Math.floor(pages / 2), Math.floor(pages / 2) + 1]) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, page * pageSize);
  closeSync(fd);
  return dataDir;
};

let dataDir: string;
let host: OwnHost;
let giveBack: () => void;
test.beforeAll(async () => {
  dataDir = damagedDataDir();
  host = await startOwnHost('relance-e2e-damaged-host-', 20_000, ['--data-dir', dataDir]);
  giveBack = useOwnHost(host);
});
test.afterAll(async () => {
  giveBack();
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a damaged database is said above every page, in French and English, and the newest backup restores it', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const french = await browser.newContext({ locale: 'fr-FR' });
  try {
    const frPage = await french.newPage();
    await new AppPage(frPage).open('contacts');
    const notice = new DamageNotice(frPage);
    await expect(notice.section).toContainText('Relance a trouvé des dommages dans sa base de données et a cessé d’y écrire');
    await expect(notice.restoreButton()).toHaveText(`Restaurer ${BACKUP}`);
    await shoot(frPage, 'damaged-database-fr');
  } finally {
    await french.close();
  }

  const app = new AppPage(page);
  await app.open('contacts');
  const notice = new DamageNotice(page);
  await expect(notice.section).toContainText(`Relance found damage in its database and stopped writing to it, so nothing more is lost. Restore the newest backup (${BACKUP})`);
  await shoot(page, 'damaged-database-en');
  // A change is refused in the same words, not "something went wrong".
  const refused = await app.api('contacts.create', { firstName: 'Nina', email: 'nina@example.com' }).catch((error: Error) => error.message);
  expect(String(refused)).toContain('damaged');

  await notice.restoreButton().click();
  await expect(notice.section).toHaveCount(0);
  await app.api('contacts.create', { firstName: 'Nina', email: 'nina@example.com' });
  expect(app.violations).toEqual([]);
});
