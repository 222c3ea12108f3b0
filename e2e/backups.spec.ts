import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { BackupsPage } from './pages/backups-page';
import { startOwnHost, useOwnHost, type OwnHost } from './pages/own-host';
import { shoot } from './pages/screenshots';

// A restore replaces the whole database: this spec has a host of its own, so the others keep theirs.
let host: OwnHost;
let giveBack: () => void;
test.beforeAll(async () => {
  host = await startOwnHost('relance-e2e-backups-');
  giveBack = useOwnHost(host);
});
test.afterAll(async () => {
  giveBack();
  await host.close();
});

type Contact = { id: string; lastName: string };
const lastNames = async (app: AppPage) => (await app.api('contacts.list', {})).rows.map((c) => c.lastName).sort();

test('back up now, then restore that backup from a file in Settings; a file that is not a backup is refused', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  const backups = new BackupsPage(page);
  await app.open('settings');
  await app.api('contacts.create', { firstName: 'Élodie', lastName: 'Avant', email: 'elodie.avant@example.com' });

  await backups.backUpNow().click();
  await expect(backups.done()).toContainText('Backup made and checked: relance-manual-');
  await expect(backups.rows('manual')).toHaveCount(1);
  await expect(backups.last()).toContainText('Last backup:');
  const name = readdirSync(join(host.dataDir, 'backups')).find((file) => file.startsWith('relance-manual-'))!;

  await app.api('contacts.create', { firstName: 'Paul', lastName: 'Après', email: 'paul.apres@example.com' });
  expect(await lastNames(app)).toEqual(['Après', 'Avant']);

  // Something that is not a Relance database is refused, and nothing changes.
  await backups.chooseFile({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email\nAna,ana@example.com\n', 'utf8') });
  await backups.confirm();
  await expect(backups.alert()).toHaveText('contacts.csv is not a Relance database; nothing was changed.');
  expect(await lastNames(app)).toEqual(['Après', 'Avant']);

  await backups.chooseFile(join(host.dataDir, 'backups', name));
  await expect(backups.section.getByRole('alertdialog')).toContainText(`Replace the current database with ${name}?`);
  await shoot(page, 'backups-confirm-en', backups.section);
  await backups.confirm();
  await expect(backups.done()).toContainText(`Restored from ${name}.`);
  await expect(backups.done()).toContainText('The database as it was is kept as relance-pre-restore-');
  await expect(backups.rows('pre-restore')).toHaveCount(1);
  expect(await lastNames(app)).toEqual(['Avant']);
  await shoot(page, 'backups-restored-en', backups.section);

  await app.setLanguage('fr');
  await expect(backups.section.getByRole('heading', { name: 'Sauvegardes' })).toBeVisible();
  await expect(backups.last()).toContainText('Dernière sauvegarde :');
  await backups.chooseFile({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('pas une base', 'utf8') });
  await backups.confirm();
  await expect(backups.alert()).toHaveText('notes.txt n’est pas une base Relance ; rien n’a été changé.');
  await shoot(page, 'backups-fr', backups.section);
  await app.setLanguage('en');
  await app.expectClean();
});
