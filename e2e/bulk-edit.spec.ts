import { expect, test } from '@playwright/test';
import type { Contact, ContactList } from '../api';
import { AppPage } from './pages/app-page';
import { BulkEditPage } from './pages/bulk-edit-page';
import { ContactsPage } from './pages/contacts-page';
import { ImportPage } from './pages/import-page';
import { shoot } from './pages/screenshots';

const unique = () => Math.random().toString(36).slice(2, 8);

// Five customers sharing a company name made for this test (one unsubscribed), seeded through the API.
const seed = async (app: AppPage, company: string): Promise<Contact[]> => {
  const people: Contact[] = [];
  for (const first of ['Ada', 'Bruno', 'Chloé', 'Dario', 'Elsa']) {
    people.push(await app.api('contacts.create', { firstName: first, lastName: 'Martin', company, email: `${first.toLowerCase()}.${company}@example.com` }));
  }
  await app.api('contacts.unsubscribe', { id: people[4]!.id });
  return people;
};

const basesOf = async (app: AppPage, company: string) => {
  const list = await app.api('contacts.list', { search: company, limit: 10 });
  return Object.fromEntries(list.rows.map((c) => [c.firstName, { basis: c.consent?.basis ?? null, isUnsubscribed: c.unsubscribedAt !== null }]));
};

test('select with shift-click and "all matching", set a legal basis with its confirmation, then undo it', async ({ page }) => {
  const app = new AppPage(page);
  const contacts = new ContactsPage(page);
  const bulk = new BulkEditPage(page);
  const company = `Bulkco${unique()}`;
  await app.open('contacts');
  await seed(app, company);

  await contacts.searchFor(company.toLowerCase());
  await contacts.expectCount(5);
  // Sorted by name: Ada, Bruno, Chloé… A click on the first and a shift-click on the third tick three.
  await bulk.tick(contacts.row('Ada'));
  await bulk.tick(contacts.row('Chloé'), { isRange: true });
  await expect(bulk.bar).toContainText('3 contacts selected');
  await expect(bulk.checkbox(contacts.row('Bruno'))).toBeChecked();
  await expect(bulk.checkbox(contacts.row('Dario'))).not.toBeChecked();

  await bulk.selectAllMatching();
  await expect(bulk.bar).toContainText('All 5 contacts matching this search are selected.');
  await expect(bulk.checkbox(contacts.row('Elsa'))).toBeChecked();
  // Unticking one leaves the others ticked; "all matching" can be chosen again.
  await bulk.tick(contacts.row('Elsa'));
  await expect(bulk.bar).toContainText('4 contacts selected');
  await expect(bulk.checkbox(contacts.row('Dario'))).toBeChecked();
  await bulk.selectAllMatching();
  await expect(bulk.bar).toContainText('All 5 contacts matching this search are selected.');
  await shoot(page, 'bulk-selection-en');

  await bulk.change('Legal basis', 'Existing customer (soft opt-in)');
  await expect(bulk.dialog.getByRole('heading')).toHaveText('Set the legal basis of 4 contacts to “Existing customer (soft opt-in)”?');
  await expect(bulk.dialog).toContainText('1 selected contact unsubscribed: their record stays as it is.');
  await shoot(page, 'bulk-confirm-en', bulk.dialog);
  await bulk.confirm();
  await expect(bulk.status).toHaveText('4 contacts changed. You can undo it under “Recent changes”.');
  await expect(bulk.bar).toHaveCount(0);

  const soft = { basis: 'soft-opt-in', isUnsubscribed: false };
  await expect.poll(() => basesOf(app, company)).toEqual({ Ada: soft, Bruno: soft, Chloé: soft, Dario: soft, Elsa: { basis: null, isUnsubscribed: true } });
  await contacts.row('Bruno').click();
  await expect(contacts.panel.locator('.consent-changes li').first()).toContainText('set by you for 4 contacts on');
  await contacts.panel.getByRole('button', { name: /^(Close|Fermer)$/ }).click();

  await bulk.openRecent();
  const entry = bulk.recent.locator('li').first();
  await expect(entry).toContainText('Legal basis set to “Existing customer (soft opt-in)”');
  await expect(entry).toContainText('4 contacts');
  await shoot(page, 'bulk-recent-en', bulk.recent);
  await entry.getByRole('button', { name: 'Undo: Legal basis set to “Existing customer (soft opt-in)”' }).click();
  await expect(bulk.status).toHaveText('Undone: 4 contacts have their value back.');
  await expect(entry).toContainText('Undone on');
  const none = { basis: null, isUnsubscribed: false };
  await expect.poll(() => basesOf(app, company)).toEqual({ Ada: none, Bruno: none, Chloé: none, Dario: none, Elsa: { basis: null, isUnsubscribed: true } });
  await app.expectClean();
});

test('the selection and its confirmation in French, counted right', async ({ page }) => {
  const app = new AppPage(page);
  const contacts = new ContactsPage(page);
  const bulk = new BulkEditPage(page);
  const company = `Bulkfr${unique()}`;
  await app.open('contacts');
  await seed(app, company);
  await app.setLanguage('fr');
  try {
    await app.nav('Contacts').click();
    await contacts.searchFor(company.toLowerCase());
    await bulk.tick(contacts.row('Ada'));
    await expect(bulk.bar).toContainText('1 contact sélectionné');
    await bulk.selectAllMatching();
    await expect(bulk.bar).toContainText('Les 5 contacts correspondant à cette recherche sont sélectionnés.');
    await shoot(page, 'bulk-selection-fr');
    await bulk.change('Ajouter une étiquette', 'Salon 2026');
    await expect(bulk.dialog.getByRole('heading')).toHaveText('Ajouter l’étiquette « Salon 2026 » à 5 contacts ?');
    await shoot(page, 'bulk-confirm-fr', bulk.dialog);
    await bulk.confirm();
    await expect(bulk.status).toHaveText('5 contacts modifiés. Vous pouvez annuler dans « Modifications récentes ».');
    await bulk.openRecent();
    await expect(bulk.recent.locator('li').first()).toContainText('Étiquette « Salon 2026 » ajoutée');
    await shoot(page, 'bulk-recent-fr', bulk.recent);
    await bulk.recent.locator('li').first().getByRole('button', { name: /^Annuler/ }).click();
    await expect(bulk.status).toHaveText('Annulé : 5 contacts ont retrouvé leur valeur.');
  } finally {
    await app.setLanguage('system');
  }
  await app.expectClean();
});

test('the import preview: “these are my customers: soft opt-in” for a whole file, in English and French', async ({ page }) => {
  const app = new AppPage(page);
  const imports = new ImportPage(page);
  const tag = unique();
  const file = (name: string) => ({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(['Email,First Name,Last Name', `ana.${tag}@example.com,Ana,Client${tag}`, `${name.slice(0, 2)}.${tag}@example.com,Bea,Client${tag}`].join('\n'), 'utf8'),
  });
  await app.open('import');
  await imports.choose(file(`clients-${tag}.csv`));
  const choice = page.getByRole('checkbox', { name: 'These are my customers: soft opt-in' });
  await expect(choice).not.toBeChecked();
  await expect(page.locator('.file-basis')).toContainText('until they say stop');
  await choice.check();
  await expect(imports.startButton).toBeEnabled();
  await page.locator('.file-basis').scrollIntoViewIfNeeded();
  await shoot(page, 'import-file-basis-en');
  await imports.startAndWait();
  const list = await app.api('contacts.list', { search: `client${tag}`, limit: 10 });
  expect(list.rows.map((c) => c.consent?.basis)).toEqual(['soft-opt-in', 'soft-opt-in']);

  await app.setLanguage('fr');
  try {
    await app.nav('Importer').click();
    await imports.choose(file(`fr-${tag}.csv`));
    await expect(page.getByRole('checkbox', { name: 'Ce sont mes clients : soft opt-in' })).toBeVisible();
    await page.locator('.file-basis').scrollIntoViewIfNeeded();
    await shoot(page, 'import-file-basis-fr');
  } finally {
    await app.setLanguage('system');
  }
  await app.expectClean();
});
