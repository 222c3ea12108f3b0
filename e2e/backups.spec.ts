import { readdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { AppPage } from './pages/app-page';
import { BackupsPage } from './pages/backups-page';
import { startOwnHost, useOwnHost, type OwnHost } from './pages/own-host';
import { shoot } from './pages/screenshots';
import { messagesOf, seedDueCart } from './pages/sending-seed';

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

// This test's process plays a `relance send-due` in the middle of its pass: alive, not the host.
const holdSendLease = (dataDir: string, isHeld: boolean): void => {
  const sqlite = new Database(join(dataDir, 'relance.db'));
  try {
    if (!isHeld) sqlite.prepare(`DELETE FROM leases WHERE name = 'send'`).run();
    else sqlite.prepare(`INSERT INTO leases (name, holder, pid, hostname, acquired_at, expires_at) VALUES ('send', 'relance send-due', ?, ?, ?, ?)`)
      .run(process.pid, hostname(), Date.now(), Date.now() + 120_000);
  } finally {
    sqlite.close();
  }
};
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
  // Élodie says stop after the backup: the restore must not forget it.
  const elodie = (await app.api('contacts.list', {})).rows.find((c) => c.lastName === 'Avant')!;
  await app.api('contacts.unsubscribe', { id: elodie.id });

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
  await expect(backups.done()).toContainText('1 “stop” recorded after the backup was made (an unsubscribe, a complaint, a bounce or an erasure) is kept: nothing goes to that person.');
  expect(await lastNames(app)).toEqual(['Avant']);
  expect((await app.api('contacts.get', { id: elodie.id })).unsubscribedAt).not.toBeNull();
  await shoot(page, 'backups-restored-en', backups.section);

  await app.setLanguage('fr');
  await expect(backups.section.getByRole('heading', { name: 'Sauvegardes' })).toBeVisible();
  await expect(backups.last()).toContainText('Dernière sauvegarde :');
  await backups.chooseFile({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('pas une base', 'utf8') });
  await backups.confirm();
  await expect(backups.alert()).toHaveText('notes.txt n’est pas une base Relance ; rien n’a été changé.');
  await shoot(page, 'backups-fr', backups.section);

  // A send running in another process: the restore waits for it, in both languages.
  holdSendLease(host.dataDir, true);
  await backups.chooseFile(join(host.dataDir, 'backups', name));
  await backups.confirm();
  await expect(backups.alert()).toHaveText(`Un envoi est en cours sur cette base (relance send-due, processus ${process.pid}) : réessayez quand il sera fini ; rien n’a été changé.`);
  await shoot(page, 'backups-busy-fr', backups.section);
  await app.setLanguage('en');
  await backups.chooseFile(join(host.dataDir, 'backups', name));
  await backups.confirm();
  await expect(backups.alert()).toHaveText(`A send is running on this database (relance send-due, process ${process.pid}): try again when it is done; nothing was changed.`);
  await shoot(page, 'backups-busy-en', backups.section);
  holdSendLease(host.dataDir, false);
  expect(await lastNames(app)).toEqual(['Avant']);
  await app.expectClean();
});

test('an approved message whose time has come waits under Uncertain after a restore, said in English and French', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  const backups = new BackupsPage(page);
  await app.open('settings');
  const contact = await seedDueCart(app, { firstName: 'Agathe', lastName: 'Approuvée', email: 'agathe.approuvee@example.com' });
  const [first] = await messagesOf(app, contact.id);
  const bruno = await app.api('contacts.create', { firstName: 'Bruno', lastName: 'Arrêt', email: 'bruno.arret@example.com' });
  // Approved and due, but no mailbox is set up here: it waits in the backup, as if about to go.
  await app.api('outbox.approve', { id: first!.id });
  // One backup per language: a restore brings back the language the app had when it was made.
  const backUp = async (made: RegExp): Promise<string> => {
    await backups.backUpNow().click();
    await expect(backups.done()).toContainText(made);
    return readdirSync(join(host.dataDir, 'backups')).filter((file) => file.startsWith('relance-manual-')).sort().at(-1)!;
  };
  const inEnglish = await backUp(/^Backup made and checked: relance-manual-/);
  await app.setLanguage('fr');
  const inFrench = await backUp(/^Sauvegarde faite et vérifiée/);
  // Bruno says stop after both backups: each restore keeps it.
  await app.api('contacts.unsubscribe', { id: bruno.id });

  await backups.chooseFile(join(host.dataDir, 'backups', inFrench));
  await backups.confirm();
  await expect(backups.done()).toContainText('1 message qui était en file d’envoi ou en cours d’envoi dans la sauvegarde, ou dont l’heure est venue depuis, attend dans « Incertains »');
  await expect(backups.done()).toContainText('1 « stop » enregistré après la sauvegarde (une désinscription, une plainte, un rebond ou un effacement) est gardé');
  const held = await app.api('outbox.list', { view: 'unknown', contactId: contact.id, offset: 0, limit: 10 });
  expect(held.rows.map((row) => [row.id, row.reason])).toEqual([[first!.id, expect.stringContaining('on hold: restored from a backup, check before sending')]]);
  await shoot(page, 'backups-held-fr', backups.section);

  await app.setLanguage('en');
  await backups.chooseFile(join(host.dataDir, 'backups', inEnglish));
  await backups.confirm();
  // Held by the first restore, the message may have gone since: it is carried over as such.
  await expect(backups.done()).toContainText('1 message sent after the backup was made stays sent (or Uncertain): it will not go twice.');
  await expect(backups.done()).toContainText('1 “stop” recorded after the backup was made');
  const stillHeld = await app.api('outbox.list', { view: 'unknown', contactId: contact.id, offset: 0, limit: 10 });
  expect(stillHeld.rows.map((row) => row.id)).toEqual([first!.id]);
  await shoot(page, 'backups-held-en', backups.section);
  await app.expectClean();
});
