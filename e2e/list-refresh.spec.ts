import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';
import { importCsv } from './pages/import-csv';
import { shoot } from './pages/screenshots';
import { SegmentsPage } from './pages/segments-page';

const unique = () => Math.random().toString(36).slice(2, 8);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

// The offsets a list asks `method` for from now on: a list that reads its rows twice after one
// save asks for the same offset twice.
const listReads = (page: Page, method: string): number[] => {
  const offsets: number[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith(`/api/${method}`)) offsets.push((request.postDataJSON() as { offset: number }).offset);
  });
  return offsets;
};

// What the save brought back is on screen; a second read would have been asked for by now.
const settle = (page: Page) => page.waitForTimeout(800);

test('a contact saved beside the contacts list reads the list once', async ({ page }) => {
  const app = new AppPage(page);
  const contacts = new ContactsPage(page);
  const lastName = `Once${unique()}`;
  await app.open('contacts');
  await app.api('contacts.create', { firstName: 'Odile', lastName, email: `odile.${lastName}@example.com` });
  await contacts.searchFor(lastName.toLowerCase());
  await contacts.expectCount(1);
  await contacts.row(lastName).click();
  await settle(page);

  const reads = listReads(page, 'contacts.list');
  await contacts.panel.getByRole('button', { name: 'Edit' }).click();
  await contacts.fill({ company: 'Atelier des Lices' });
  await contacts.panel.getByRole('button', { name: 'Save' }).click();
  await expect(contacts.row(lastName)).toContainText('Atelier des Lices');
  await settle(page);
  expect(reads).toEqual([0]);

  reads.length = 0;
  await contacts.panel.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(contacts.row(lastName)).toHaveCount(0);
  await settle(page);
  expect(reads).toEqual([0]);
  await shoot(page, 'list-refresh-contacts-en');
  await app.expectClean();
});

test('a contact saved beside a segment’s members reads the members once', async ({ page }) => {
  const app = new AppPage(page);
  const segments = new SegmentsPage(page);
  const contacts = new ContactsPage(page);
  const tag = unique();
  await app.open('home');
  await importCsv(app, `once-${tag}.csv`, [
    ['email', 'first_name', 'last_name', 'type', 'occurred_at', 'amount', 'currency', 'reference'],
    [`once.${tag}@example.com`, 'Octave', `Once${tag}`, 'abandoned_cart', daysAgo(2), '42.00', 'EUR', `AC-${tag}`],
  ]);
  await app.nav('Segments').click();
  await segments.open('Carts to recover');
  const row = segments.memberRows.filter({ hasText: `Once${tag}` });
  await row.click();
  await settle(page);

  const reads = listReads(page, 'segments.contacts');
  await contacts.panel.getByRole('button', { name: 'Edit' }).click();
  await contacts.fill({ company: 'Maison Octave' });
  await contacts.panel.getByRole('button', { name: 'Save' }).click();
  await expect(row).toContainText('Maison Octave');
  await settle(page);
  expect(new Set(reads).size).toBe(reads.length);
  expect(reads.length).toBeGreaterThan(0);
  await shoot(page, 'list-refresh-segment-en');
  await app.expectClean();
});
