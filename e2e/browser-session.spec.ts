import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';
import { shoot } from './pages/screenshots';

// The browser host's key: it arrives in the printed address's fragment, lives in this
// tab's sessionStorage, travels only as `Authorization: Bearer`, and never becomes a cookie.
const address = (): URL => new URL(process.env.RELANCE_E2E_URL!);

const expectNoKeyAnywhereVisible = async (page: Page, key: string): Promise<void> => {
  expect(page.url()).not.toContain('token=');
  expect(page.url()).not.toContain(key);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const cookies = await page.context().cookies();
  expect(cookies.filter((cookie) => cookie.value.includes(key) || cookie.name.includes('token'))).toEqual([]);
  expect(cookies).toEqual([]);
};

test('the key leaves the address bar, never becomes a cookie, and a reload keeps the session', async ({ page }) => {
  const key = address().hash.replace('#token=', '');
  const app = new AppPage(page);
  await app.open('contacts');
  await expect(app.nav('Contacts')).toBeVisible();
  await expectNoKeyAnywhereVisible(page, key);

  // The event stream is authenticated too: a contact created elsewhere appears in the open list.
  const contacts = new ContactsPage(page);
  const lastName = `Session${Math.random().toString(36).slice(2, 7)}`;
  await contacts.searchFor(lastName);
  await app.api('contacts.create', { firstName: 'Maëlle', lastName, email: `${lastName.toLowerCase()}@example.com` });
  await expect(contacts.row(lastName)).toBeVisible({ timeout: 10_000 });

  await page.reload();
  await expect(app.nav('Contacts')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoKeyAnywhereVisible(page, key);

  // Without the header, the same call from the page or from outside it is refused.
  const fromPage = await page.evaluate(async () => (await fetch('/api/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);
  expect(fromPage).toBe(401);
  const fromOutside = await page.request.post(`${address().origin}/api/app.info`, { data: {} });
  expect(fromOutside.status()).toBe(401);
  expect(fromOutside.headers()['set-cookie']).toBeUndefined();
  await app.expectClean();
});

for (const [locale, sentence] of [
  ['en-GB', 'Open the address printed by relance web (it ends with #token=…).'],
  ['fr-FR', 'Ouvrez l’adresse affichée par relance web (elle se termine par #token=…).'],
] as const) {
  test(`a page opened without its key says which address to open (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale, viewport: { width: 1100, height: 500 } });
    const page = await context.newPage();
    await page.goto(`${address().origin}/`);
    // The whole bundle loads before the sentence shows: give a busy machine time.
    await expect(page.getByRole('alert')).toHaveText(sentence, { timeout: 15_000 });
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await shoot(page, `session-no-key-${locale}`);

    // The printed address pasted into the same tab changes only the fragment: the app opens.
    await page.goto(address().href);
    await expect(page.getByRole('navigation')).toBeVisible({ timeout: 15_000 });
    expect(page.url()).not.toContain('token=');
    await context.close();
  });
}
