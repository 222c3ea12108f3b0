import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { HomePage } from './pages/home-page';
import { importCsv } from './pages/import-csv';

type Segment = { id: string; kind: string; count: number };
type Stats = { currency: string | null; months: { month: string; orders: number; donations: number }[] };

const unique = () => Math.random().toString(36).slice(2, 8);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

const snap = async (page: Page, testInfo: TestInfo, name: string) => {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
};

test('Home says what to do today, charts the months, follows an import, and opens a segment', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  const home = new HomePage(page);
  await HomePage.recordStorageWrites(page);
  // Tall enough for the cards and the whole chart in one screenshot.
  await page.setViewportSize({ width: 1280, height: 1000 });
  await app.open('home');
  const before = await app.api('settings.get', {});

  const tag = unique();
  const now = Date.now();
  const today = new Date(now);
  const thisMonth = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1);
  const header = ['email', 'first_name', 'last_name', 'type', 'occurred_at', 'amount', 'currency', 'reference'];
  const person = (name: string) => [`${name.toLowerCase()}.${tag}@example.com`, name, `Home${tag}`];
  // Page open first: the cards and the chart must follow the import as it finishes.
  await importCsv(app, `home-${tag}.csv`, [
    header,
    [...person('Cara'), 'abandoned_cart', iso(now - DAY), '42.00', 'EUR', `AC-${tag}`],
    [...person('Luc'), 'order', iso(now - 240 * DAY), '80.00', 'EUR', `O1-${tag}`],
    [...person('Dina'), 'donation', iso(Date.UTC(today.getUTCFullYear() - 1, 5, 15, 10)), '50.00', 'EUR', `D1-${tag}`],
    [...person('Noah'), 'order', iso(Math.max(thisMonth, now - 60_000)), '19.90', 'EUR', `O2-${tag}`],
    [...person('Sam'), 'order', iso(Math.max(thisMonth, now - 120_000)), '30.00', 'USD', `O3-${tag}`],
  ]);
  const segments = (await app.api('segments.list', {})).filter((s) => s.kind === 'built-in');
  const stats = await app.api('stats.monthly', {});
  const countOf = (id: string) => segments.find((s) => s.id === id)!.count;
  expect(countOf('carts-to-recover')).toBeGreaterThan(0);
  expect(countOf('lybunt')).toBeGreaterThan(0);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What to do today');
  await expect(page.locator('.home-card')).toHaveCount(8);
  for (const { id, count } of segments) await expect(home.count(id)).toHaveText(new Intl.NumberFormat('en').format(count));
  const carts = countOf('carts-to-recover');
  await expect(home.card('carts-to-recover')).toContainText(`${carts} cart${carts === 1 ? '' : 's'} to recover, abandoned in the last 7 days`);
  await expect(home.card('lybunt')).toContainText('gave last year but not yet this year');

  await expect(home.chart.getByRole('heading', { level: 2 })).toHaveText('Orders and donations per month');
  await expect(home.chart.locator('figcaption')).toContainText(`The last 24 months, amounts in ${stats.currency}`);
  expect(await home.bars.count()).toBeGreaterThan(0);
  await expect(home.tableRows).toHaveCount(24);
  const last = stats.months.at(-1)!;
  const monthName = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(thisMonth);
  await expect(home.tableRows.last().locator('th')).toHaveText(monthName);
  await expect(home.tableRows.last().locator('td').first()).toHaveText(new Intl.NumberFormat('en').format(last.orders));
  await snap(page, testInfo, 'home-en-light');

  // Amounts in another currency are never added in: the owner picks which one the chart shows.
  const usd = await app.api('stats.monthly', { currency: 'USD' });
  await home.chart.getByLabel('Currency').selectOption('USD');
  await expect(home.chart.locator('figcaption')).toContainText('amounts in USD');
  await expect(home.tableRows.last().locator('td').first()).toHaveText(new Intl.NumberFormat('en').format(usd.months.at(-1)!.orders));
  await home.chart.getByLabel('Currency').selectOption(stats.currency!);
  await page.emulateMedia({ colorScheme: 'dark' });
  await snap(page, testInfo, 'home-en-dark');

  try {
    await app.api('settings.update', { uiLanguage: 'fr' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('À faire aujourd’hui');
    await expect(home.card('carts-to-recover')).toContainText(`${carts} panier${carts === 1 ? '' : 's'} à relancer`);
    await expect(home.chart.getByRole('heading', { level: 2 })).toHaveText('Commandes et dons par mois');
    const moisFr = new Intl.DateTimeFormat('fr', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(thisMonth);
    await expect(home.tableRows.last().locator('th')).toHaveText(moisFr);
    await snap(page, testInfo, 'home-fr-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await snap(page, testInfo, 'home-fr-light');
  } finally {
    await app.api('settings.update', { uiLanguage: before.uiLanguage });
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What to do today');

  await home.card('carts-to-recover').click();
  await expect(page).toHaveURL(/#\/segments$/);
  await expect(app.nav('Segments')).toHaveAttribute('aria-current', 'page');
  expect(await home.storageWrites()).toContainEqual(['relance.openSegment', 'carts-to-recover']);
  await app.expectClean();
});
