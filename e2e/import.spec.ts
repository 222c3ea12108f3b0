import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';
import { ImportPage } from './pages/import-page';

const FR_EXCEL = fileURLToPath(new URL('../../shared/fixtures/edge-cases/fr-excel-semicolon-cp1252.csv', import.meta.url));
const MALFORMED = fileURLToPath(new URL('../../shared/fixtures/edge-cases/malformed-rows.csv', import.meta.url));

const unique = () => Math.random().toString(36).slice(2, 8);

test('import the French Excel file, find a contact from it, then undo the import', async ({ page, context }) => {
  const app = new AppPage(page);
  const imports = new ImportPage(page);
  await app.open('import');
  await expect(page.getByText('Choose a file', { exact: true }).last()).toBeVisible();

  await imports.choose(FR_EXCEL);
  await expect(imports.formatLine).toContainText('separated by semicolons');
  await expect(imports.formatLine).toContainText(/windows-1252/i);
  await expect(imports.mappingSelect('E-mail')).toHaveValue('email');
  await expect(page.getByTestId('date-order')).toContainText('Dates read as day/month (from values like');
  await expect(imports.problems.locator('tbody tr').first().locator('td').first()).toHaveText(/^\d+$/);
  const created = await imports.countValue('create');
  expect(created).toBeGreaterThan(0);

  await imports.startAndWait();
  await expect(imports.result).toContainText(`Imported: ${created} created`);

  // A second window on Contacts, as a person would open one: it follows the import live.
  const other = await context.newPage();
  const otherApp = new AppPage(other);
  const contacts = new ContactsPage(other);
  await otherApp.open('contacts');
  await contacts.searchFor('Lefèvre');
  await expect(contacts.row('François')).toHaveCount(1);

  await imports.result.getByRole('button', { name: 'Undo this import' }).click();
  await imports.confirmUndo();
  await expect(imports.result).toContainText('This import was undone');
  await expect(imports.history.locator('tbody tr').first()).toContainText('Undone on');
  await expect(contacts.row('François')).toHaveCount(0);
  await contacts.searchFor('Lefèvre');
  await expect(other.locator('.empty')).toContainText('No contact matches');

  await app.expectClean();
  await otherApp.expectClean();
});

test('a column no preset knows can be mapped by hand, and the mapping is remembered', async ({ page }) => {
  const app = new AppPage(page);
  const imports = new ImportPage(page);
  const tag = unique();
  const csv = ['Prénom,Joignable à', `Ana,ana.${tag}@example.com`, `,bruno.${tag}@example.com`, `,chloe.${tag}@example.com`, ''].join('\r\n');
  const file = { name: `club-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };
  await app.open('import');

  await imports.choose(file);
  await expect(imports.formatLine).toContainText('Not a known export');
  const select = imports.mappingSelect('Joignable à');
  await expect(select).toHaveValue('ignore');
  await expect(imports.count('create')).toHaveText('1');
  await expect(imports.count('reject')).toHaveText('2');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download rejected rows (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`club-${tag}-rejected.csv`);
  const rejected = await readFile(await download.path(), 'utf8');
  expect(rejected).toContain(`bruno.${tag}@example.com`);
  expect(rejected.split('\r\n').filter(Boolean)).toHaveLength(3);

  await select.selectOption({ label: 'Email' });
  await expect(imports.count('create')).toHaveText('3');
  await expect(imports.count('reject')).toHaveText('0');
  await expect(page.getByRole('button', { name: 'Download rejected rows (CSV)' })).toHaveCount(0);

  await imports.startAndWait();
  await expect(imports.result).toContainText('Imported: 3 created, 0 updated');

  // The same columns again, dropped this time: the hand-made mapping comes back, and the three are now known.
  await imports.result.getByRole('button', { name: 'Import another file' }).click();
  await imports.drop(file);
  await expect(imports.mappingSelect('Joignable à')).toHaveValue('email');
  await expect(imports.count('create')).toHaveText('0');

  const row = imports.history.locator('tbody tr').filter({ hasText: file.name });
  await row.getByRole('button', { name: `Undo the import of ${file.name}` }).click();
  await imports.confirmUndo();
  await expect(row).toContainText('Undone on');
  await expect(row.getByRole('button')).toHaveCount(0);
  await app.expectClean();
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('problems found in the file are worded in French', async ({ page }) => {
    const app = new AppPage(page);
    const imports = new ImportPage(page);
    await app.open('import');
    await imports.choose(MALFORMED);
    const line = (number: number) => imports.problems.locator('tbody tr').filter({ has: page.locator('td.number', { hasText: new RegExp(`^${number}$`) }) });
    await expect(line(3)).toContainText('Cette ligne a 2 valeurs de plus que l’en-tête');
    await expect(line(14)).toContainText('Un guillemet ouvre une valeur qui n’est jamais fermée');
    await app.expectClean();
  });
});
