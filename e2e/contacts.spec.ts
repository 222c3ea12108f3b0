import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';

const unique = () => Math.random().toString(36).slice(2, 8);

test('add a contact, find it by typing part of its name, edit it, delete it', async ({ page }) => {
  const app = new AppPage(page);
  const contacts = new ContactsPage(page);
  const lastName = `Quenneville${unique()}`;
  await app.open('contacts');

  await contacts.create({ firstName: 'Héloïse', lastName, email: `  Heloise.${lastName}@Example.COM `, phone: '06 12 34 56 78', company: 'Atelier Lumière' });
  await expect(contacts.panel.getByRole('heading', { name: `Héloïse ${lastName}` })).toBeVisible();
  await expect(contacts.panel).toContainText(`Heloise.${lastName}@example.com`);
  await expect(contacts.panel).toContainText('+33 6 12 34 56 78');

  await contacts.searchFor(lastName.slice(0, 8).toLowerCase());
  await contacts.expectCount(1);
  await expect(contacts.row(lastName)).toHaveCount(1);
  await contacts.searchFor('heloise quenne');
  await expect(contacts.row(lastName)).toHaveCount(1);

  await contacts.row(lastName).click();
  await contacts.panel.getByRole('button', { name: 'Edit' }).click();
  await contacts.fill({ company: 'Les Jardins de Provence' });
  await contacts.panel.getByRole('button', { name: 'Save' }).click();
  await expect(contacts.row(lastName)).toContainText('Les Jardins de Provence');

  await contacts.panel.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Delete Héloïse ${lastName}?`);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was deleted' })).toContainText(`Héloïse ${lastName} was deleted.`);
  await expect(contacts.row(lastName)).toHaveCount(0);
  await contacts.expectCount(0);
  await app.expectClean();
});

test('a contact named like markup shows as text', async ({ page }) => {
  const app = new AppPage(page);
  const contacts = new ContactsPage(page);
  await app.open('contacts');
  const hostile = '<img src=x onerror=alert(1)>';
  const tag = unique();
  await app.api('contacts.create', { firstName: hostile, lastName: `Hostile${tag}`, company: '{{7*7}} ${7*7}', tags: ['<b>bold</b>'] });

  await contacts.searchFor(`hostile${tag}`);
  const row = contacts.row(`Hostile${tag}`);
  await expect(row).toContainText(`${hostile} Hostile${tag}`);
  await expect(row).toContainText('{{7*7}} ${7*7}');
  await expect(row).toContainText('<b>bold</b>');
  await expect(page.locator('.contacts-table img, .contacts-table b')).toHaveCount(0);
  await row.click();
  await expect(contacts.panel.getByRole('heading', { level: 2 })).toHaveText(`${hostile} Hostile${tag}`);
  await expect(page.locator('aside.panel img')).toHaveCount(0);
  await app.expectClean();
});

test('invalid email and phone get field errors and nothing is saved', async ({ page }) => {
  const app = new AppPage(page);
  const contacts = new ContactsPage(page);
  await app.open('contacts');
  const lastName = `Invalid${unique()}`;
  await contacts.create({ lastName, email: 'jean.dupont@', phone: '12' });
  await expect(page.locator('#contact-email-error')).toContainText('is not a usable email address');
  await expect(page.locator('#contact-phone-error')).toContainText('is not a valid phone number for FR');
  await contacts.fill({ email: 'jean.dupont@example.com', phone: '' });
  await contacts.panel.getByRole('button', { name: 'Save' }).click();
  await expect(contacts.panel.getByRole('heading', { name: lastName })).toBeVisible();

  await contacts.create({ lastName: `${lastName}bis`, email: 'JEAN.DUPONT@example.com' });
  await expect(page.locator('#contact-email-error')).toContainText(`already belongs to ${lastName}`);
  await app.expectClean();
});
