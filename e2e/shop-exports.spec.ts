import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { AppPage } from './pages/app-page';
import { ImportPage } from './pages/import-page';
import { shoot } from './pages/screenshots';

// WooCommerce Analytics downloads in the preview, in English and French: each recognised, the
// columns it leaves out named with the reason, the orders attached by name, and a second import
// of the orders announcing nothing new, as it then does.
const fixture = (name: string) => fileURLToPath(new URL(`../core/imports/map/test-fixtures/${name}`, import.meta.url));
const CUSTOMERS = fixture('woocommerce-analytics-customers.csv');
const ORDERS = fixture('woocommerce-analytics-orders.csv');
// Reading starts a worker: on a busy machine it may take longer than an expectation's default.
const READ = { timeout: 20_000 };
const choose = async (imports: ImportPage, file: string) => {
  await imports.fileInput.setInputFiles(file);
  await expect(imports.formatLine).toBeVisible(READ);
};

test('WooCommerce Analytics exports in the preview and imported, in English', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  const imports = new ImportPage(page);
  await app.open('import');

  await choose(imports, CUSTOMERS);
  await expect(imports.formatLine).toContainText('WooCommerce Analytics (customers)');
  const leftOut = page.getByTestId('left-out-columns');
  await expect(leftOut).toContainText('“Last Active” is when the person last visited the shop');
  await expect(leftOut).toContainText('“AOV” is a figure the export works out');
  await expect(imports.mappingSelect('Last Active')).toHaveValue('ignore');
  await expect(imports.mappingSelect('Name')).toHaveValue('fullName');
  await shoot(page, 'shop-wc-analytics-customers-en', page.locator('.main'));

  await app.open('import');
  await choose(imports, ORDERS);
  await expect(imports.formatLine).toContainText('WooCommerce Analytics (orders)');
  await expect(leftOut).toContainText('“Customer type” says whether the customer was new or returning');
  expect(await imports.countValue('events')).toBe(4);
  expect(await imports.countValue('create')).toBe(3);
  await shoot(page, 'shop-wc-analytics-orders-en', page.locator('.main'));
  await imports.startAndWait();

  // The same file again: the preview announces no new contact and no new order.
  await app.open('import');
  await choose(imports, ORDERS);
  expect(await imports.countValue('events')).toBe(0);
  expect(await imports.countValue('create')).toBe(0);
  await shoot(page, 'shop-wc-analytics-orders-again-en', page.locator('.main'));
  await app.expectClean();
});

test('WooCommerce Analytics exports in the preview, in French', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  const imports = new ImportPage(page);
  await app.open('import');
  await app.setLanguage('fr');
  try {
    await app.nav('Importer').click();
    await choose(imports, CUSTOMERS);
    const leftOut = page.getByTestId('left-out-columns');
    await expect(leftOut).toContainText('Colonnes laissées de côté');
    await expect(leftOut).toContainText('« Last Active » est la dernière visite de la personne sur la boutique');
    await expect(leftOut).toContainText('« Total Spend » est un chiffre que l’export calcule');
    await shoot(page, 'shop-wc-analytics-customers-fr', page.locator('.main'));

    await app.open('import');
    await choose(imports, ORDERS);
    await expect(leftOut).toContainText('« Customer type » dit si le client était nouveau ou déjà venu');
    await shoot(page, 'shop-wc-analytics-orders-fr', page.locator('.main'));
  } finally {
    await app.setLanguage('system');
  }
  await app.expectClean();
});
