import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ImportPage } from './pages/import-page';
import { startOwnHost, useOwnHost, type OwnHost } from './pages/own-host';
import { shoot } from './pages/screenshots';
import { SegmentsPage } from './pages/segments-page';

// Each built-in segment has one name, the same on Home and on the Segments page, in English and
// in French; one of anything is counted in the singular. On a host of its own, so the counts are
// exactly the one person set up here.
let host: OwnHost;
let giveBack: () => void;

test.beforeAll(async () => {
  host = await startOwnHost();
  giveBack = useOwnHost(host);
});
test.afterAll(async () => {
  giveBack();
  await host.close();
});

const NAMES = {
  en: { carts: 'Carts to recover', lapsed: 'Lapsed customers', lybunt: 'LYBUNT donors', beyond: 'Beyond 3 years', contacts: '1 contact' },
  fr: { carts: 'Paniers à relancer', lapsed: 'Clients inactifs', lybunt: 'Donateurs LYBUNT', beyond: 'Au-delà de 3 ans', contacts: '1 contact' },
} as const;

test('Home and Segments give each segment the same name, and count one in the singular', async ({ page }) => {
  const app = new AppPage(page);
  const segments = new SegmentsPage(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await app.open('home');
  const nina = await app.api('contacts.create', { firstName: 'Nina', lastName: 'Roux', email: 'nina@example.com', kind: 'customer' });
  await app.api('events.log', { type: 'abandoned_cart', contactId: nina.id, amount: '42', currency: 'EUR', items: 'Linen apron' });

  try {
    for (const language of ['en', 'fr'] as const) {
      await app.api('settings.update', { uiLanguage: language });
      await app.open('home');
      const cards = page.locator('.home-card');
      await expect(cards).toHaveCount(8);
      const titles = await page.locator('.home-card-title').allTextContents();
      for (const name of [NAMES[language].carts, NAMES[language].lapsed, NAMES[language].lybunt, NAMES[language].beyond]) expect(titles).toContain(name);
      await expect(page.locator('.home-card[data-segment="carts-to-recover"]')).toContainText(language === 'fr' ? '1 panier à relancer' : '1 cart to recover');
      await shoot(page, `wording-home-${language}`, page.locator('.main'));

      await app.open('segments');
      for (const title of titles) await expect(segments.card(title), title).toHaveCount(1);
      await expect(segments.count(NAMES[language].carts)).toHaveText(NAMES[language].contacts);
      await shoot(page, `wording-segments-${language}`, page.locator('.main'));
    }
  } finally {
    await app.api('settings.update', { uiLanguage: 'en' });
  }
});

test('the import speaks French in the singular, and names the export in French', async ({ page }) => {
  const app = new AppPage(page);
  const imports = new ImportPage(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await app.open('import');
  try {
    await app.api('settings.update', { uiLanguage: 'fr' });
    await app.open('import');
    const csv = 'Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Total Spent\n7001,Hugo,Martin,hugo@example.com,yes,12.00\n';
    await imports.fileInput.setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // Reading the file takes a few seconds on a busy machine.
    await expect(imports.formatLine).toContainText('Export Shopify (clients) reconnu', { timeout: 20_000 });
    await expect(page.locator('.preview-summary')).toContainText('1 ligne lue.');
    await expect(page.locator('.count-card[data-count="create"]')).toContainText('nouveau contact');
    await shoot(page, 'wording-import-check-fr', page.locator('.main'));
    await imports.startButton.click();
    await expect(imports.result).toContainText('Importé : 1 contact créé, 0 mis à jour, 0 événement.');
    await expect(imports.history).toContainText('Shopify (clients)');
    await shoot(page, 'wording-import-result-fr', page.locator('.main'));
  } finally {
    await app.api('settings.update', { uiLanguage: 'en' });
  }
});
