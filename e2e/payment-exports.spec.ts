import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { AppPage } from './pages/app-page';
import { ImportPage } from './pages/import-page';
import { shoot } from './pages/screenshots';

// Payment and donation exports in the preview, in English and French: a HelloAsso participants
// export (a cancelled ticket said to count in no figure), a Donorbox JSON file read as JSON, and
// a broken JSON file refused with its place. Nothing is imported: the preview is the point.
const fixture = (name: string) => fileURLToPath(new URL(`../core/imports/map/test-fixtures/${name}`, import.meta.url));
const PARTICIPANTS = fixture('helloasso-participants.csv');
const DONATIONS = fixture('donorbox-donations.json');
// Reading starts a worker: on a busy machine it may take longer than an expectation's default.
const READ = { timeout: 20_000 };
const choose = async (imports: ImportPage, file: string) => {
  await imports.fileInput.setInputFiles(file);
  await expect(imports.formatLine).toBeVisible(READ);
};
const broken = { name: 'donations.json', mimeType: 'application/json', buffer: Buffer.from('[\n  {"id": 1,\n  {"id": 2}\n]', 'utf8') };

test('payment exports in the preview, in English', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  const imports = new ImportPage(page);
  await app.open('import');

  await choose(imports, PARTICIPANTS);
  await expect(imports.formatLine).toContainText('HelloAsso (participants)');
  await expect(imports.problems).toContainText('Status “Annulé”: not counted as an order or a gift.');
  await expect(page.getByTestId('left-out-columns')).toContainText('“Prénom participant” is who the ticket is for, not the contact');
  expect(await imports.countValue('events')).toBe(3);
  await shoot(page, 'payments-helloasso-participants-en', page.locator('.main'));

  await app.open('import');
  await choose(imports, DONATIONS);
  await expect(imports.formatLine).toContainText('JSON file, UTF-8 encoding.');
  await expect(imports.formatLine).toContainText('Donorbox');
  await expect(imports.problems).toContainText('Status “refunded”: not counted as an order or a gift.');
  await shoot(page, 'payments-donorbox-json-en', page.locator('.main'));

  await app.open('import');
  await imports.fileInput.setInputFiles(broken);
  await expect(page.getByText(/donations\.json.? is not valid JSON: it breaks off at line 3, column 3\./)).toBeVisible(READ);
  await shoot(page, 'payments-broken-json-en');
  await app.expectClean();
});

test('payment exports in the preview, in French', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  const imports = new ImportPage(page);
  await app.open('import');
  await app.setLanguage('fr');
  try {
    await app.nav('Importer').click();
    await choose(imports, PARTICIPANTS);
    await expect(imports.formatLine).toContainText('HelloAsso');
    await expect(imports.problems).toContainText('Statut « Annulé » : compté ni comme commande ni comme don.');
    await expect(page.getByTestId('left-out-columns')).toContainText('« Prénom participant » désigne la personne pour qui est le billet');
    await shoot(page, 'payments-helloasso-participants-fr', page.locator('.main'));

    await app.open('import');
    await choose(imports, DONATIONS);
    await expect(imports.formatLine).toContainText('Fichier JSON, encodage UTF-8.');
    await shoot(page, 'payments-donorbox-json-fr', page.locator('.main'));

    await app.open('import');
    await imports.fileInput.setInputFiles(broken);
    await expect(page.getByText('« donations.json » n’est pas un JSON valide : il s’interrompt ligne 3, colonne 3.', { exact: false })).toBeVisible(READ);
    await shoot(page, 'payments-broken-json-fr');
  } finally {
    await app.setLanguage('system');
  }
  await app.expectClean();
});
