import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { startOwnHost, useOwnHost, type OwnHost } from './pages/own-host';
import { ReportsPage } from './pages/reports-page';
import { shoot } from './pages/screenshots';

type Report = {
  from: string;
  to: string;
  programs: unknown[];
  cartFunnel: { abandoned: number; lost: number };
  donors: { newDonors: number };
  reviews: { requestsSent: number };
};

// The Reports page over the demo database (`relance web --demo`), on a host of its own so the
// figures are the demo's alone: both languages, a change of period, a CSV download.
test.describe.configure({ mode: 'serial' });
test.use({ timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 1000 } });

let host: OwnHost;
let giveBack: () => void = () => undefined;

test.beforeAll(async () => {
  host = await startOwnHost('relance-e2e-reports-', 60_000, ['--demo']);
  giveBack = useOwnHost(host);
});

test.afterAll(async () => {
  giveBack();
  await host?.close();
});

const pad = (n: number) => String(n).padStart(2, '0');
const yearBefore = (ymd: string): string => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y - 1, m - 1, d + 1));
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
};
const longDay = (language: string, ymd: string) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${ymd}T00:00:00Z`));
const number = (language: string, n: number) => new Intl.NumberFormat(language).format(n);

test('the Reports page shows the demo’s figures in English and French, follows a new period, and downloads a CSV', async ({ page }) => {
  const app = new AppPage(page);
  const reports = new ReportsPage(page);
  await app.open('reports');

  // This month by default, as core reads it in the owner's zone.
  const month = await app.api('reports.get', {});
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports');
  await expect(reports.range('This month')).toBeChecked();
  await expect(reports.period).toHaveText(`From ${longDay('en', month.from)} to ${longDay('en', month.to)}.`);
  await expect(reports.attribution).toContainText('An order or donation counts for a message when it completes within');
  await expect(reports.rows('reports-funnel-table')).toHaveCount(7);
  await expect(reports.rows('reports-funnel-table').first().locator('td')).toHaveText(number('en', month.cartFunnel.abandoned));
  await expect(reports.rows('reports-programs-table')).toHaveCount(month.programs.length);
  await expect(reports.rows('reports-reviews-table').first().locator('td')).toHaveText(number('en', month.reviews.requestsSent));

  // The last 12 months: the page asks core for that range and shows its figures.
  const year = await app.api('reports.get', { from: yearBefore(month.to), to: month.to });
  await reports.range('Last 12 months').check();
  await expect(reports.period).toHaveText(`From ${longDay('en', year.from)} to ${longDay('en', year.to)}.`);
  await expect(reports.rows('reports-funnel-table').first().locator('td')).toHaveText(number('en', year.cartFunnel.abandoned));
  await expect(reports.rows('reports-funnel-table').last().locator('td')).toHaveText(number('en', year.cartFunnel.lost));
  await expect(reports.rows('reports-programs-table')).toHaveCount(year.programs.length);
  await expect(reports.section('donors').locator('tr[data-figure="new"] td')).toHaveText(number('en', year.donors.newDonors));
  expect(year.cartFunnel.abandoned, 'the demo has carts over a year').toBeGreaterThan(0);
  await expect(reports.section('funnel').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await shoot(page, 'reports-en-light', reports.root);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'reports-en-dark', reports.root);
  await page.emulateMedia({ colorScheme: 'light' });

  // A custom range: two days typed, then shown; an inverted pair cannot be asked for.
  await reports.range('Custom').check();
  const custom = reports.root.locator('.reports-range-custom');
  await custom.getByLabel('From').fill(month.to);
  await custom.getByLabel('To').fill(month.from === month.to ? yearBefore(month.to) : month.from);
  await expect(custom.getByRole('button', { name: 'Show' })).toBeDisabled();
  await custom.getByLabel('From').fill(yearBefore(month.to));
  await custom.getByLabel('To').fill(month.to);
  await custom.getByRole('button', { name: 'Show' }).click();
  await expect(reports.period).toHaveText(`From ${longDay('en', year.from)} to ${longDay('en', year.to)}.`);

  // The funnel as a CSV file: UTF-8 with exactly one BOM, so Excel reads the accents.
  const download = await reports.downloadCsv('funnel');
  expect(download.suggestedFilename()).toBe(`relance-report-funnel-${year.from}-${year.to}.csv`);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect([...bytes.subarray(3, 6)]).not.toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8').split(/\r?\n/).filter(Boolean).length).toBeGreaterThan(1);

  // In French: the same page, its words and its dates.
  await app.api('settings.update', { uiLanguage: 'fr' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapports');
  await reports.range('Les 12 derniers mois').check();
  await expect(reports.period).toHaveText(`Du ${longDay('fr', year.from)} au ${longDay('fr', year.to)}.`);
  await expect(reports.attribution).toContainText('Une commande ou un don compte pour un message');
  await expect(reports.section('funnel').getByRole('heading', { level: 2 })).toHaveText('Paniers abandonnés');
  await expect(reports.rows('reports-funnel-table').first().locator('th')).toHaveText('Abandonnés');
  await expect(reports.rows('reports-funnel-table').first().locator('td')).toHaveText(number('fr', year.cartFunnel.abandoned));
  await shoot(page, 'reports-fr-light', reports.root);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'reports-fr-dark', reports.root);
  await app.expectClean();
});

test('the owner changes how many days after a cart message an order still counts', async ({ page }) => {
  const app = new AppPage(page);
  const reports = new ReportsPage(page);
  await app.api('settings.update', { uiLanguage: 'en' });
  await app.open('reports');
  await expect(reports.attribution).toContainText('7 days (Abandoned-cart recovery)');
  await reports.root.getByText('Change how many days count').click();
  await reports.root.getByTestId('window-cart-recovery').fill('3');
  await shoot(page, 'reports-windows-en', reports.root.locator('.reports-windows'));
  await reports.root.getByRole('button', { name: 'Save' }).click();
  await expect(reports.attribution).toContainText('3 days (Abandoned-cart recovery)');
  expect((await app.api('settings.get', {})).attributionDays['cart-recovery']).toBe(3);
  await app.api('settings.update', { attributionDays: { 'cart-recovery': 7, reactivation: 30, 'review-request': 14 } });
  await app.expectClean();
});
