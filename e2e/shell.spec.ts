import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';

// Reports was the last section "not built yet"; the navigation still changes language with Settings.
test('the navigation opens sections, in English and in French', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('home');
  await app.nav('Reports').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports');

  await app.nav('Settings').click();
  await page.getByLabel('Language of the app').selectOption('fr');
  await expect(app.nav('Réglages')).toBeVisible();
  await app.nav('Rapports').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapports');

  await app.nav('Réglages').click();
  // Back to the system's language, which the other specs rely on.
  await page.getByLabel('Langue de l’application').selectOption('system');
  await expect(app.nav('Settings')).toBeVisible();
  await app.expectClean();
});

test('scrolling a long list keeps the number of rows in the page bounded', async ({ page }) => {
  // 600 creations each queue a re-plan of that person's messages ahead of the search: the
  // count may take longer than usual to come back on a busy host.
  test.setTimeout(90_000);
  const app = new AppPage(page);
  const contacts = new ContactsPage(page);
  await app.open('contacts');
  const batch = `Bulk${Math.random().toString(36).slice(2, 7)}`;
  for (let start = 0; start < 600; start += 50) {
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => app.api('contacts.create', { firstName: `Person${String(start + i).padStart(4, '0')}`, lastName: batch })),
    );
  }
  await contacts.searchFor(batch);
  await contacts.expectCount(600, 30_000);
  const scroller = page.getByTestId('contacts-scroll');
  for (const top of [5000, 12000, 40000]) {
    await scroller.evaluate((el, y) => el.scrollTo(0, y), top);
    await expect(contacts.rows.first()).toBeVisible();
    expect(await page.locator('.contacts-table tbody tr').count()).toBeLessThan(60);
  }
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(contacts.row('Person0599')).toBeVisible();
  await app.expectClean();
});
