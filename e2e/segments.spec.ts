import { expect, test } from '@playwright/test';
import type { Contact } from '../api';
import { AppPage } from './pages/app-page';
import { importCsv } from './pages/import-csv';
import { SegmentsPage } from './pages/segments-page';

const unique = () => Math.random().toString(36).slice(2, 8);
const contacts = (n: number) => `${n} contact${n === 1 ? '' : 's'}`;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

test('a parameter changes the live count, and opening the segment lists its contacts', async ({ page }) => {
  const app = new AppPage(page);
  const segments = new SegmentsPage(page);
  const tag = unique();
  await app.open('home');
  await importCsv(app, `carts-${tag}.csv`, [
    ['email', 'first_name', 'last_name', 'type', 'occurred_at', 'amount', 'currency', 'reference'],
    [`cart.${tag}@example.com`, 'Aaron', `Cart${tag}`, 'abandoned_cart', daysAgo(20), '42.00', 'EUR', `AC-${tag}`],
  ]);
  const expected = async (days: number) => {
    const list = await app.api('segments.list', { params: { 'carts-to-recover': { days } } });
    return list.find((s) => s.id === 'carts-to-recover')!.count;
  };
  const [week, month] = [await expected(7), await expected(30)];
  expect(month).toBeGreaterThan(week);

  await app.nav('Segments').click();
  await expect(segments.count('Carts to recover')).toHaveText(contacts(week));
  await expect(segments.card('Carts to recover')).toContainText('in the last 7 days');
  await segments.card('Carts to recover').getByLabel('Days').fill('30');
  await expect(segments.count('Carts to recover')).toHaveText(contacts(month));
  await expect(segments.card('Carts to recover')).toContainText('in the last 30 days');

  await segments.card('Carts to recover').getByLabel('Days').fill('0');
  await expect(segments.card('Carts to recover')).toContainText('From 1 to 365.');
  await segments.card('Carts to recover').getByLabel('Days').fill('30');

  await segments.open('Carts to recover');
  await expect(page.locator('.page-head .count')).toHaveText(contacts(month));
  const row = segments.memberRows.filter({ hasText: `Cart${tag}` });
  await expect(row).toHaveCount(1);
  await row.click();
  await expect(page.locator('aside.panel h2')).toHaveText(`Aaron Cart${tag}`);
  await segments.back();
  await expect(segments.count('Carts to recover')).toHaveText(contacts(month));
  await app.expectClean();
});

test('build, save, open, follow and delete a custom segment', async ({ page }) => {
  const app = new AppPage(page);
  const segments = new SegmentsPage(page);
  const tag = `club-${unique()}`;
  const person = (firstName: string, kind: Contact['kind'], tags: string[]) =>
    app.api('contacts.create', { firstName, lastName: tag, kind, tags, email: `${firstName.toLowerCase()}.${tag}@example.org` });
  await app.open('segments');
  await person('Alice', 'donor', [tag]);
  await person('Bruno', 'donor', [tag.toUpperCase()]);
  await person('Chloé', 'customer', [tag]);
  await person('Dora', 'donor', ['other']);

  await segments.startNew();
  const first = segments.condition(1);
  await first.field.selectOption({ label: 'Tag' });
  await expect(segments.page.getByText('Complete the conditions to see who matches.')).toBeVisible();
  await first.value.fill(tag);
  await expect(segments.preview).toHaveText('3 contacts');
  await segments.addCondition();
  await segments.condition(2).field.selectOption({ label: 'Kind' });
  await segments.condition(2).value.selectOption({ label: 'Donor' });
  await expect(segments.preview).toHaveText('2 contacts');
  await expect(page.getByTestId('builder-preview')).toContainText(`Contacts tagged “${tag}” and who are donors.`);
  const name = `Donors of the ${tag} <club> 'n' co`;
  await segments.saveAs(name);

  await expect(segments.count(name)).toHaveText('2 contacts');
  await segments.open(name);
  await expect(segments.memberRows).toHaveCount(2);
  await expect(segments.memberRows.nth(0)).toContainText('Alice');
  await expect(segments.memberRows.nth(1)).toContainText('Bruno');
  await segments.back();

  // Someone is added elsewhere (another window, an import): the count follows without a reload.
  await person('Emile', 'donor', [tag]);
  await expect(segments.count(name)).toHaveText('3 contacts');

  await segments.card(name).getByRole('button', { name: `Edit ${name}` }).click();
  await segments.condition(2).op.selectOption({ label: 'is not' });
  await expect(segments.preview).toHaveText('1 contact');
  await page.getByRole('button', { name: 'Save segment' }).click();
  await expect(segments.count(name)).toHaveText('1 contact');

  await segments.delete(name);
  await expect(segments.card(name)).toHaveCount(0);
  await app.expectClean();
});

test('the page in French and English, light and dark', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  const segments = new SegmentsPage(page);
  const tag = unique();
  await app.open('segments');
  await app.api('segments.save', {
    name: `VIP ${tag}`,
    filter: { conditions: [{ field: 'tag', op: 'has', value: 'VIP' }, { field: 'lastOrder', op: 'moreThan', amount: 6, unit: 'months' }] },
  });
  try {
    for (const language of ['en', 'fr'] as const) {
      await app.api('settings.update', { uiLanguage: language });
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Segments');
      const lybunt = language === 'fr' ? 'Donateurs LYBUNT' : 'LYBUNT donors';
      await expect(segments.card(lybunt)).toContainText(language === 'fr' ? 'l’an dernier (année civile)' : 'last calendar year');
      await expect(segments.card(`VIP ${tag}`)).toContainText(
        language === 'fr' ? 'avec l’étiquette «\u00a0VIP\u00a0» et dont la dernière commande date de plus de 6 mois' : 'tagged “VIP” and whose last order was more than 6 months ago',
      );
      // The page scrolls inside <main>: a tall window shows it whole.
      await page.setViewportSize({ width: 1280, height: 1500 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.screenshot({ path: testInfo.outputPath(`segments-${language}-${colorScheme}.png`), fullPage: true });
      }
      await page.getByRole('button', { name: language === 'fr' ? 'Nouveau segment' : 'New segment' }).click();
      await page.getByRole('button', { name: language === 'fr' ? '+ Ajouter une condition' : '+ Add a condition' }).click();
      await page.screenshot({ path: testInfo.outputPath(`builder-${language}-dark.png`), fullPage: true });
      await page.emulateMedia({ colorScheme: 'light' });
    }
  } finally {
    await app.api('settings.update', { uiLanguage: 'system' });
  }
  await app.expectClean();
});

test('the giving year chosen in Settings is the one LYBUNT and SYBUNT count by', async ({ page }) => {
  const app = new AppPage(page);
  const segments = new SegmentsPage(page);
  await app.open('settings');
  try {
    await page.getByLabel('Giving year starts in').selectOption({ label: 'July' });
    // The page's own status line; the mailbox section below it has its own.
    await expect(page.locator('.page > [role="status"]')).toHaveText('Settings saved.');
    await app.nav('Segments').click();
    await expect(segments.card('LYBUNT donors')).toContainText('gave last year starting in July');
    await expect(segments.card('SYBUNT donors').getByLabel('Giving year starts in')).toHaveValue('7');
  } finally {
    await app.api('settings.update', { fiscalYearStartMonth: 1 });
  }
  await app.expectClean();
});
