import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';
import { ImportPage } from './pages/import-page';
import { shoot } from './pages/screenshots';

// The import holds a file's rows to the contact form's rules: what the form refuses is cleaned
// and reported line by line, a second column of the same name is said to be left out, and a name
// with a right-to-left override is shown isolated, never reversing the last name beside it.

const unique = () => Math.random().toString(36).slice(2, 8);

const fileOf = (tag: string) => {
  const csv = [
    'First name,Last name,Email,Company,Company,Notes,Cart link,Cart date',
    `"Ana\r\nMaria",Duval${tag},ana.${tag}@example.com,Atelier,Other Ltd,${'n'.repeat(25_000)},javascript:alert(1),2026-11-20`,
    `Ben\u202Elirpa,Okafor${tag},ben.${tag}@example.com,,,,https://shop.example.com/cart/7,2026-11-21`,
    '',
  ].join('\r\n');
  return { name: `carts-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };
};

test('the preview says what it cleaned and what it left out, in English and in French', async ({ page }) => {
  const app = new AppPage(page);
  const imports = new ImportPage(page);
  const tag = unique();
  await app.open('import');
  await imports.choose(fileOf(tag));
  const rows = imports.problems.locator('tbody tr');
  await expect(rows.filter({ hasText: 'Cart link' })).toContainText('“javascript:alert(1)” is not a web address starting with https:// or http://: it was left out.');
  await expect(rows.filter({ hasText: 'Notes' })).toContainText('This value has 25000 characters and the field takes 20000: it was cut to 20000.');
  await expect(rows.filter({ hasText: 'First name' })).toContainText('Invisible control characters (line breaks, NUL…) were removed from “Ana Maria”.');
  await expect(page.getByTestId('left-out-columns')).toContainText('“Company” (column 5) has the same name as column 4, which is read as “Company”: this second one is left out.');
  await expect(imports.count('reject')).toHaveText('0');
  await shoot(page, 'import-field-rules-en', page.locator('.main'));

  await app.setLanguage('fr');
  try {
    await app.nav('Importer').click();
    await imports.choose(fileOf(unique()));
    await expect(rows.filter({ hasText: 'Cart link' })).toContainText('« javascript:alert(1) » n’est pas une adresse web commençant par https:// ou http:// : elle a été laissée de côté.');
    await expect(page.getByTestId('left-out-columns')).toContainText('« Company » (colonne 5) porte le même nom que la colonne 4');
    await shoot(page, 'import-field-rules-fr', page.locator('.main'));
  } finally {
    await app.setLanguage('system');
  }
  await app.expectClean();
});

test('a name with a right-to-left override is shown isolated in the contacts list', async ({ page }) => {
  const app = new AppPage(page);
  const imports = new ImportPage(page);
  const contacts = new ContactsPage(page);
  const tag = unique();
  await app.open('import');
  await imports.choose(fileOf(tag));
  await imports.startAndWait();
  await expect(imports.result).toContainText('Imported: 2 created');
  await app.nav('Contacts').click();
  await contacts.searchFor(`okafor${tag}`);
  const name = page.locator('bdi.name').filter({ hasText: `Okafor${tag}` });
  await expect(name).toHaveCount(1);
  expect(await name.textContent()).toBe(`\u2068Ben\u202Elirpa\u2069 Okafor${tag}`);
  await shoot(page, 'import-field-rules-bidi-name');
  await app.expectClean();
});
