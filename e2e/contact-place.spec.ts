import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';
import { shoot } from './pages/screenshots';

// A contact's state or province and postal code, typed in the form, in English and French:
// they say which time zone a person in the United States, Canada… is in.
const unique = () => Math.random().toString(36).slice(2, 8);

test('the contact form keeps a region and a postal code', async ({ page }) => {
  const app = new AppPage(page);
  const contacts = new ContactsPage(page);
  const lastName = `Place${unique()}`;
  await page.setViewportSize({ width: 1280, height: 1100 });
  await app.open('contacts');

  await page.getByRole('button', { name: 'New contact' }).click();
  await contacts.fill({ firstName: 'Jordan', lastName, email: `jordan.${lastName}@example.com` });
  await contacts.panel.getByLabel('Country').selectOption('US');
  await contacts.panel.getByLabel('State, province or region').fill('New York');
  await contacts.panel.getByLabel('Postal code').fill('10001');
  await expect(contacts.panel).toContainText('In a country with several time zones');
  await shoot(page, 'contact-form-place-en', contacts.panel);
  await contacts.panel.getByRole('button', { name: 'Save' }).click();
  await expect(contacts.panel.getByRole('heading', { name: `Jordan ${lastName}` })).toBeVisible();

  const { rows } = await app.api('contacts.list', { search: lastName });
  expect(rows).toEqual([expect.objectContaining({ region: 'New York', postalCode: '10001' })]);

  const before = await app.api('settings.get', {});
  try {
    await app.api('settings.update', { uiLanguage: 'fr' });
    await contacts.panel.getByRole('button', { name: 'Modifier' }).click();
    await expect(contacts.panel.getByLabel('État, province ou région')).toHaveValue('New York');
    await expect(contacts.panel.getByLabel('Code postal')).toHaveValue('10001');
    await shoot(page, 'contact-form-place-fr', contacts.panel);
  } finally {
    await app.api('settings.update', { uiLanguage: before.uiLanguage });
  }
});
