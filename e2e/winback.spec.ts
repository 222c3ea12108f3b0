import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';
import { HomePage } from './pages/home-page';
import { SegmentsPage } from './pages/segments-page';
import { TimelinePanel } from './pages/timeline-page';

const unique = () => Math.random().toString(36).slice(2, 8);
const CARTS = 'carts-to-recover';
const number = (n: number) => new Intl.NumberFormat('en').format(n);

const openContact = async (app: AppPage, contacts: ContactsPage, lastName: string) => {
  await app.nav('Contacts').click();
  await contacts.searchFor(lastName);
  await contacts.row(lastName).click();
  await expect(contacts.panel.getByRole('heading', { level: 2 })).toHaveText(new RegExp(lastName));
};

const snapPanel = async (contacts: ContactsPage, testInfo: TestInfo, name: string) => {
  await contacts.panel.screenshot({ path: testInfo.outputPath(`${name}.png`) });
};

const goHome = async (app: AppPage, page: Page) => {
  await app.nav('Home').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What to do today');
};

// The story: a cart left behind shows on Home, the card leads to the person, the panel
// says what goes out next, and an order takes them off the list and stops the messages.
test('an abandoned cart is counted, opened from Home, planned, and an order ends it', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  const home = new HomePage(page);
  const contacts = new ContactsPage(page);
  const segments = new SegmentsPage(page);
  const timeline = new TimelinePanel(page);
  const lastName = `Winback${unique()}`;
  // Opened elsewhere first: Home reads its figures when it is shown, after the contact exists.
  await app.open('contacts');
  await app.api('contacts.create', {
    firstName: 'Maëlle',
    lastName,
    email: `maelle.${lastName.toLowerCase()}@example.com`,
    kind: 'customer',
    consent: { basis: 'soft-opt-in', source: 'shop', at: null },
  });
  await goHome(app, page);
  const before = await home.countValue(CARTS);

  await openContact(app, contacts, lastName);
  await expect(contacts.nextMessage).toHaveText('No message planned');
  await timeline.log('Abandoned cart', { items: '1 × Linen apron', amount: '34,00', currency: 'EUR' });
  await timeline.expectLogged('Abandoned cart');
  // Logging in the panel plans the first reminder, and the panel says so at once.
  await expect(contacts.nextMessage).toContainText(/^Next message: \w{3} \d{2}:\d{2} — Cart 1 of 3, unless they buy or reply/);
  await expect(contacts.nextMessage.getByRole('link', { name: 'See the Outbox' })).toHaveAttribute('href', '#/outbox');
  await snapPanel(contacts, testInfo, 'next-message-en');

  const settings = await app.api('settings.get', {});
  try {
    await app.api('settings.update', { uiLanguage: 'fr' });
    await page.reload();
    await contacts.searchFor(lastName);
    await contacts.row(lastName).click();
    await expect(contacts.nextMessage).toContainText(/^Prochain message\u00a0: \S+ \d{2}:\d{2} — Panier 1 sur 3, sauf achat ou réponse/);
    await expect(contacts.nextMessage.getByRole('link', { name: 'Voir la boîte d’envoi' })).toBeVisible();
    await snapPanel(contacts, testInfo, 'next-message-fr');
  } finally {
    await app.api('settings.update', { uiLanguage: settings.uiLanguage });
  }
  await page.reload();

  await goHome(app, page);
  await expect(home.count(CARTS)).toHaveText(number(before + 1));
  await home.card(CARTS).click();
  await expect(page).toHaveURL(/#\/segments$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Carts to recover');
  expect(await page.evaluate(() => sessionStorage.getItem('relance.openSegment'))).toBeNull();
  const member = segments.memberRows.filter({ hasText: lastName });
  await expect(member).toHaveCount(1);
  await member.click();
  await expect(contacts.nextMessage).toContainText('Cart 1 of 3, unless they buy or reply');
  await contacts.nextMessage.getByRole('link', { name: 'See the Outbox' }).click();
  await expect(page).toHaveURL(/#\/outbox$/);
  await expect(app.nav('Outbox')).toHaveAttribute('aria-current', 'page');
  // Home's request was spent: this time Segments opens on the list.
  await app.nav('Segments').click();
  await segments.open('Carts to recover');
  await member.click();
  await expect(contacts.nextMessage).toContainText('Cart 1 of 3');

  // The order comes after the cart (the form's date is now): the messages stop.
  await timeline.log('Order', { amount: '34,00', currency: 'EUR', reference: `W-${lastName}` });
  await timeline.expectLogged('Order');
  await expect(contacts.nextMessage).toHaveText('No message planned');
  await expect(member).toHaveCount(0);

  await goHome(app, page);
  await expect(home.count(CARTS)).toHaveText(number(before));
  await home.card(CARTS).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Carts to recover');
  await expect(page.locator('.page-head .count')).toHaveText(/\d+ contacts?/);
  await expect(segments.memberRows.filter({ hasText: lastName })).toHaveCount(0);
  await segments.back();
  await expect(segments.card('Carts to recover')).toBeVisible();
  await app.expectClean();
});

// A complaint holds the review request for this person until the owner notes it resolved.
test('an open complaint is noted in the panel and holds the review request', async ({ page }) => {
  const app = new AppPage(page);
  const contacts = new ContactsPage(page);
  const lastName = `Complaint${unique()}`;
  await app.open('contacts');
  const contact = await app.api('contacts.create', {
    firstName: 'Iris', lastName, email: `iris.${lastName.toLowerCase()}@example.com`, consent: { basis: 'soft-opt-in', source: 'shop', at: null },
  });
  await app.api('events.log', { type: 'delivery', contactId: contact.id, occurredAt: new Date(Date.now() - 6 * 86_400_000).toISOString() });
  await openContact(app, contacts, lastName);
  await contacts.panel.getByRole('button', { name: 'Note an open complaint' }).click();
  await expect(contacts.panel.getByTestId('complaint-open')).toContainText('review requests wait until it is resolved');
  const held = await app.api('outbox.list', { view: 'attention', contactId: contact.id });
  expect(held.rows.map((row) => [row.program, row.reason.includes('open complaint')])).toEqual([['review-request', true]]);
  await contacts.panel.getByRole('button', { name: 'The complaint is resolved' }).click();
  await expect(contacts.panel.getByTestId('complaint-open')).toHaveCount(0);
  await app.expectClean();
});
