import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';
import { DataRightsPage } from './pages/data-rights-page';
import { ImportPage } from './pages/import-page';
import { shoot } from './pages/screenshots';

const unique = () => Math.random().toString(36).slice(2, 8);

type Created = { id: string };

test('erase a contact from the panel after confirming; importing the same row again skips it and counts it', async ({ page }) => {
  const app = new AppPage(page);
  const contacts = new ContactsPage(page);
  const rights = new DataRightsPage(page);
  const imports = new ImportPage(page);
  const tag = unique();
  const lastName = `Effacée${tag}`;
  const email = `zephyrine.${tag}@example.org`;
  await app.open('contacts');
  const person = await app.api('contacts.create', { firstName: 'Zéphyrine', lastName, email, phone: '06 87 65 43 21' });
  await app.api('events.log', { type: 'note', contactId: person.id, note: 'Asked about the workshop' });

  await contacts.searchFor(lastName.toLowerCase());
  await contacts.row(lastName).click();
  await contacts.panel.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(rights.dialog).toContainText(`Delete Zéphyrine ${lastName}?`);
  await expect(rights.dialog).toContainText('a later import may bring them back');
  await rights.eraseChoice().check();
  await expect(rights.dialog).toContainText('only a fingerprint (hash) of their address and number is kept');
  // Erasing needs an explicit confirmation.
  await expect(rights.eraseButton()).toBeDisabled();
  await rights.sureBox().check();
  await expect(rights.eraseButton()).toBeEnabled();
  await shoot(page, 'erase-dialog-en', rights.dialog);
  await rights.eraseButton().click();
  await expect(page.getByRole('status').filter({ hasText: 'was erased' })).toContainText(`Zéphyrine ${lastName} was erased.`);
  await expect(contacts.row(lastName)).toHaveCount(0);
  await expect((await app.api('contacts.list', { search: tag })).total).toBe(0);

  // The same person in a new file, with someone new: only the new one comes in.
  const newcomer = `Nouveau${tag}`;
  const csv = ['First Name,Last Name,Email,Phone', `Zéphyrine,${lastName},${email.toUpperCase()},06 87 65 43 21`, `Ana,${newcomer},ana.${tag}@example.org,`, ''].join('\n');
  await app.nav('Import').click();
  await imports.choose({ name: `retour-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.locator('.count-card[data-count="erasedSkipped"] .count-number')).toHaveText('1');
  await expect(imports.count('create')).toHaveText('1');
  await imports.startAndWait();
  await expect(page.getByTestId('import-erased-skipped')).toHaveText('1 row of an erased person skipped.');
  const history = await app.api('imports.list', {});
  expect(history.find((i) => i.fileName === `retour-${tag}.csv`)).toMatchObject({ created: 1, erasedSkipped: 1 });
  expect((await app.api('contacts.list', { search: lastName })).total).toBe(0);
  await app.expectClean();
});

test('download everything Relance holds on a person from the contact panel', async ({ page }) => {
  const app = new AppPage(page);
  const contacts = new ContactsPage(page);
  const rights = new DataRightsPage(page);
  const tag = unique();
  const lastName = `Export${tag}`;
  await app.open('contacts');
  const person = await app.api('contacts.create', { firstName: 'Héloïse', lastName, email: `heloise.${tag}@example.fr`, tags: ['atelier'] });
  await app.api('events.log', { type: 'order', contactId: person.id, amount: '42,50', currency: 'EUR', reference: `XYL-${tag}` });

  await contacts.searchFor(lastName.toLowerCase());
  await contacts.row(lastName).click();
  const download = await rights.download(contacts.panel.getByRole('button', { name: 'Download their data' }));
  expect(download.suggestedFilename()).toBe(`relance-heloise-export${tag}.json`);
  const document = JSON.parse(await rights.readDownload(download)) as Record<string, unknown> & { contact: Record<string, unknown>; timeline: Record<string, unknown>[]; tags: string[] };
  expect(document.format).toBe('relance-person-export');
  expect(document.contact).toMatchObject({ id: person.id, firstName: 'Héloïse', lastName, email: `heloise.${tag}@example.fr` });
  expect(document.tags).toEqual(['atelier']);
  expect(document.timeline).toEqual([expect.objectContaining({ type: 'order', reference: `XYL-${tag}`, amountMinor: 4250 })]);
  await expect(contacts.panel.getByRole('status').filter({ hasText: 'holds everything' })).toContainText(`relance-heloise-export${tag}.json holds everything Relance keeps on Héloïse ${lastName}.`);
  await shoot(page, 'contact-panel-download-en', contacts.panel);
  await app.expectClean();
});

test('the privacy log in Settings lists erasures and exports, in English and French, and downloads as CSV', async ({ page }) => {
  const app = new AppPage(page);
  const rights = new DataRightsPage(page);
  const tag = unique();
  await app.open('home');
  const exported = await app.api('contacts.create', { firstName: 'Ana', lastName: `Journal${tag}`, email: `ana.${tag}@example.org` });
  await app.api('contacts.exportPerson', { id: exported.id });
  const erased = await app.api('contacts.create', { firstName: 'Bruno', lastName: `Journal${tag}`, email: `bruno.${tag}@example.org` });
  await app.api('contacts.erase', { id: erased.id });

  await app.nav('Settings').click();
  await expect(rights.privacyLog.getByRole('heading', { level: 2 })).toHaveText('Privacy log');
  await expect(rights.logRow(erased.id, 'erase')).toContainText('Erased');
  await expect(rights.logRow(erased.id, 'erase')).toContainText('Interface');
  await expect(rights.logRow(exported.id, 'export')).toContainText('Data exported');
  // Ids only: the log never names the person.
  await expect(rights.privacyLog).not.toContainText(`Journal${tag}`);
  await expect(rights.privacyLog).not.toContainText(`bruno.${tag}@example.org`);
  await rights.privacyLog.scrollIntoViewIfNeeded();
  await shoot(page, 'privacy-log-en', rights.privacyLog);

  const download = await rights.download(rights.privacyLog.getByRole('button', { name: 'Download as CSV' }));
  expect(download.suggestedFilename()).toMatch(/^relance-privacy-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await rights.readDownload(download);
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('time,action,origin,contact_id,detail');
  expect(csv).toMatch(new RegExp(`,erase,ui,${erased.id},`));

  await app.setLanguage('fr');
  await expect(rights.privacyLog.getByRole('heading', { level: 2 })).toHaveText('Journal de confidentialité');
  await expect(rights.logRow(erased.id, 'erase')).toContainText('Effacement');
  await rights.privacyLog.scrollIntoViewIfNeeded();
  await shoot(page, 'privacy-log-fr', rights.privacyLog);
  await app.setLanguage('system');
  await app.expectClean();
});

test('the delete-or-erase question in French', async ({ page }) => {
  const app = new AppPage(page);
  const contacts = new ContactsPage(page);
  const rights = new DataRightsPage(page);
  const tag = unique();
  const lastName = `Question${tag}`;
  await app.open('contacts');
  await app.api('contacts.create', { firstName: 'Chloé', lastName, email: `chloe.${tag}@example.fr` });
  await app.setLanguage('fr');
  await app.nav('Contacts').click();
  await contacts.searchFor(lastName.toLowerCase());
  await contacts.row(lastName).click();
  await expect(contacts.panel.getByRole('button', { name: 'Télécharger ses données' })).toBeVisible();
  await contacts.panel.getByRole('button', { name: 'Supprimer', exact: true }).click();
  await rights.eraseChoice().check();
  await expect(rights.dialog).toContainText('un import ultérieur peut la recréer');
  await expect(rights.eraseButton()).toBeDisabled();
  await shoot(page, 'erase-dialog-fr', rights.dialog);
  await rights.dialog.getByRole('button', { name: 'Garder' }).click();
  await expect(contacts.row(lastName)).toHaveCount(1);
  await app.setLanguage('system');
  await app.expectClean();
});
