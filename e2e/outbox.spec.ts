import { expect, test, type Browser, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { OutboxPage, seedCart } from './pages/outbox-page';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PARIS = 'Europe/Paris';
const unique = () => Math.random().toString(36).slice(2, 8);

// The browser shows times in its own zone; the contacts are French, so their send window is Paris time too.
test.use({ timezoneId: PARIS });

// The start of this hour: past, and already today in Paris (midnight there is on the hour too),
// so the three messages at T + 24 h, 72 h and 120 h all fall after the owner's today, in
// Upcoming, at whatever time of day the test runs.
const cartTime = (): number => Date.now() - (Date.now() % HOUR);

const paris = (ms: number) => {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: PARIS, weekday: 'short', hour: 'numeric', hourCycle: 'h23' }).formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { weekday: part('weekday'), hour: Number(part('hour')) };
};
const parisDay = (ms: number): string => new Intl.DateTimeFormat('en-CA', { timeZone: PARIS }).format(ms);
const isInWindow = (ms: number) => {
  const { weekday, hour } = paris(ms);
  return weekday !== 'Sat' && weekday !== 'Sun' && hour >= 9 && hour < 18;
};
// docs/practice.md: weekdays 9:00–18:00 in the recipient's zone; a time outside moves to the first
// whole hour inside.
const sendTime = (ms: number): number => {
  if (isInWindow(ms)) return ms;
  let candidate = ms - (ms % HOUR) + HOUR;
  while (!isInWindow(candidate)) candidate += HOUR;
  return candidate;
};
// "Thu 10:14" within six days, the date as well beyond.
const shownAs = (ms: number): string => {
  const isNear = Math.abs(ms - Date.now()) < 6 * DAY;
  const isThisYear = new Date(ms).getFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat('en', {
    timeZone: PARIS,
    weekday: 'short',
    ...(isNear ? {} : { day: 'numeric', month: 'short' }),
    ...(isNear || isThisYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
};

type Entry = { id: string; step: number; state: string; subject: string };
type Page_ = { rows: Entry[]; counts: Record<string, number> };

test('an abandoned cart plans three messages in Upcoming; one is previewed, then approved', async ({ page }) => {
  const app = new AppPage(page);
  const outbox = new OutboxPage(page);
  const lastName = `Outbox${unique()}`;
  const T = cartTime();
  await app.open('home');
  const contact = await seedCart(app, { firstName: 'Ana', lastName, email: `ana.${lastName}@example.com`, language: 'en' }, new Date(T));

  await app.nav('Outbox').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outbox');
  await outbox.openTab('upcoming');
  const rows = outbox.item(lastName);
  await expect(rows).toHaveCount(3);
  const planned = await app.api('outbox.list', { view: 'upcoming', contactId: contact.id, offset: 0, limit: 10 });
  const everyone = await app.api('outbox.list', { view: 'upcoming', offset: 0, limit: 1 });
  await expect(outbox.tabCount('upcoming')).toHaveText(String(everyone.counts.upcoming));
  expect(planned.rows[0]!.subject).toContain('Atelier Lumière');
  // At most one message a day per person: a weekend can push message 2 next to message 3.
  const times: number[] = [];
  for (const hours of [24, 72, 120]) {
    const due = sendTime(T + hours * HOUR);
    const previous = times.at(-1);
    times.push(previous !== undefined && due - previous < DAY ? sendTime(previous + DAY) : due);
  }
  for (const [index, at] of times.entries()) {
    const row = rows.nth(index);
    await expect(row).toContainText(`Ana ${lastName}`);
    await expect(row.locator('.outbox-program')).toHaveText(`Cart ${index + 1} of 3`);
    await expect(row.locator('time')).toHaveAttribute('datetime', new Date(at).toISOString());
    await expect(row.locator('time')).toHaveText(shownAs(at));
    await expect(row.locator('.outbox-state')).toHaveText('Scheduled');
    await expect(row.locator('.outbox-reason')).toContainText(`Cart ${index + 1} of 3, unless they buy or reply`);
    // A move to another day is said; one within the day (to 9:00) is not.
    if (parisDay(at) !== parisDay(T + [24, 72, 120][index]! * HOUR)) await expect(row.locator('.outbox-reason')).toContainText('moved to');
    await expect(row.locator('.outbox-subject')).toHaveText(planned.rows[index]!.subject);
  }

  await rows.first().click();
  await expect(outbox.detail.getByRole('heading', { level: 2 })).toHaveText(`Ana ${lastName}`);
  await expect(outbox.fact('Message')).toHaveText('Cart 1 of 3');
  await expect(outbox.fact('By')).toHaveText(`Email to ana.${lastName}@example.com`);
  await expect(outbox.fact('State')).toHaveText('Scheduled');
  await expect(outbox.frame).toHaveAttribute('sandbox', '');
  await expect(outbox.preview.locator('body')).toContainText('Lampe Alba');
  await expect(outbox.preview.locator('body')).toContainText('https://shop.example.com/c/alba');

  await outbox.button('Approve').click();
  await expect(outbox.fact('State')).toHaveText('Approved');
  await expect(outbox.status).toHaveText(`Approved: Cart 1 of 3 to Ana ${lastName}.`);
  await expect(rows.first().locator('.outbox-state')).toHaveText('Approved');
  await expect(outbox.button('Approve')).toHaveCount(0);
  const after = await app.api('outbox.list', { view: 'upcoming', contactId: contact.id, offset: 0, limit: 10 });
  expect(after.rows.map((row) => [row.step, row.state])).toEqual([
    [1, 'approved'],
    [2, 'scheduled'],
    [3, 'scheduled'],
  ]);
  await app.expectClean();
});

test('a message is rewritten for this contact only, and another is skipped after confirmation', async ({ page }) => {
  const app = new AppPage(page);
  const outbox = new OutboxPage(page);
  const lastName = `Edit${unique()}`;
  await app.open('home');
  const contact = await seedCart(app, { firstName: 'Bruno', lastName, email: `bruno.${lastName}@example.com`, language: 'fr' }, new Date(cartTime()));
  await app.nav('Outbox').click();
  await outbox.openTab('upcoming');
  const rows = outbox.item(lastName);
  await expect(rows).toHaveCount(3);

  await rows.nth(1).click();
  await outbox.edit('Une question sur votre lampe', 'Bonjour Bruno,\n\nAvez-vous une question sur la lampe Alba ?\n\nClaire');
  await expect(outbox.status).toHaveText('Your text was saved for this message only.');
  await expect(outbox.fact('State')).toHaveText('Scheduled · edited by you');
  await expect(outbox.preview.locator('body')).toContainText('Avez-vous une question sur la lampe Alba ?');
  await expect(rows.nth(1).locator('.outbox-subject')).toHaveText('Une question sur votre lampe');

  await rows.nth(2).click();
  await expect(outbox.fact('Message')).toHaveText('Cart 3 of 3');
  await outbox.skipWithConfirmation();
  await expect(outbox.status).toHaveText(`Skipped: Cart 3 of 3 to Bruno ${lastName} will not be sent.`);
  await expect(outbox.fact('State')).toHaveText('Skipped');
  await expect(rows).toHaveCount(2);
  await outbox.openTab('sent');
  await expect(outbox.item(lastName).locator('.outbox-state')).toHaveText('Skipped');

  const all = await Promise.all(
    (['upcoming', 'sent'] as const).map((view) => app.api('outbox.list', { view, contactId: contact.id, offset: 0, limit: 10 })),
  );
  const byStep = Object.fromEntries(all.flatMap((p) => p.rows).map((row) => [row.step, row]));
  expect(byStep[2]!.subject).toBe('Une question sur votre lampe');
  expect(byStep[3]!.state).toBe('skipped');
  await app.expectClean();
});

test('an SMS-only contact gets phone links and a QR code, and is marked as sent by hand once due', async ({ page }) => {
  const app = new AppPage(page);
  const outbox = new OutboxPage(page);
  const lastName = `Phone${unique()}`;
  await app.open('home');
  // Any day, any hour: the first message, 24 h after a cart of two days ago, is due now whenever
  // this runs; the other two are not yet.
  const { sendWindow } = await app.api('settings.get', {});
  await app.api('settings.update', { sendWindow: { days: [0, 1, 2, 3, 4, 5, 6], startHour: 0, endHour: 24 } });
  try {
    await seedCart(app, { firstName: 'Chloé', lastName, phone: '+33 6 12 34 56 78', language: 'fr' }, new Date(Date.now() - 2 * DAY));
    await app.nav('Outbox').click();
    await outbox.openTab('upcoming');
    const later = outbox.item(lastName);
    await expect(later).toHaveCount(2);
    await later.first().click();
    await expect(outbox.fact('Message')).toHaveText('Cart 2 of 3');
    await expect(outbox.button('Mark as sent')).toHaveCount(0);
    await expect(outbox.detail.locator('.outbox-mark-from')).toContainText('Its time has not come yet: you can mark it as sent from');

    await outbox.openTab('today');
    const rows = outbox.item(lastName);
    await expect(rows).toHaveCount(1);
    await expect(rows.first().locator('.outbox-program')).toHaveText('Cart 1 of 3 · SMS');
    await rows.first().click();
    await expect(outbox.frame).toHaveCount(0);
    await expect(outbox.detail.locator('.outbox-text')).toContainText('Lampe Alba');
    await expect(outbox.detail.getByRole('link', { name: 'Open in Messages (SMS)' })).toHaveAttribute('href', /^sms:\+33612345678\?body=/);
    await expect(outbox.detail.getByRole('link', { name: 'Open in WhatsApp' })).toHaveAttribute('href', /^https:\/\/wa\.me\/33612345678\?text=/);
    await expect(outbox.detail.getByRole('img', { name: 'QR code that opens this message in SMS' })).toBeVisible();
    await outbox.detail.getByLabel('WhatsApp').check();
    await expect(outbox.detail.getByRole('img', { name: 'QR code that opens this message in WhatsApp' })).toBeVisible();

    await outbox.button('Mark as sent').click();
    await expect(outbox.fact('State')).toHaveText('Sent');
    await expect(outbox.status).toHaveText(`Marked as sent: Cart 1 of 3 to Chloé ${lastName}.`);
    await outbox.openTab('sent');
    await expect(outbox.item(lastName)).toHaveCount(1);
    await expect(outbox.item(lastName).locator('.outbox-state')).toHaveText('Sent');
  } finally {
    await app.api('settings.update', { sendWindow });
  }
  await app.expectClean();
});

const screenshot = async (browser: Browser, locale: string, colorScheme: 'light' | 'dark', path: string, pick: (outbox: OutboxPage) => Promise<void>) => {
  const context = await browser.newContext({ locale, colorScheme, timezoneId: PARIS, viewport: { width: 1360, height: 860 } });
  const page: Page = await context.newPage();
  const app = new AppPage(page);
  const outbox = new OutboxPage(page);
  await app.open('outbox');
  await pick(outbox);
  await page.screenshot({ path });
  await app.expectClean();
  await context.close();
};

test('the outbox in English and French, light and dark', async ({ page, browser }, testInfo) => {
  const app = new AppPage(page);
  const tag = unique();
  await app.open('home');
  await seedCart(app, { firstName: 'Denise', lastName: `Shot${tag}`, email: `denise.${tag}@example.com`, language: 'fr' }, new Date(cartTime()));
  await seedCart(app, { firstName: 'Émile', lastName: `Shot${tag}`, phone: '+33 6 98 76 54 32', language: 'fr' }, new Date(cartTime()));
  const modes = [
    ['en-GB', 'light', 'Denise', 'Outbox', 'Upcoming'],
    ['en-GB', 'dark', 'Émile', 'Outbox', 'Upcoming'],
    ['fr-FR', 'light', 'Émile', 'Boîte d’envoi', 'À venir'],
    ['fr-FR', 'dark', 'Denise', 'Boîte d’envoi', 'À venir'],
  ] as const;
  for (const [locale, scheme, who, title, tab] of modes) {
    await screenshot(browser, locale, scheme, testInfo.outputPath(`outbox-${locale}-${scheme}.png`), async (outbox) => {
      await expect(outbox.page.getByRole('heading', { level: 1 })).toHaveText(title);
      await outbox.openTab('upcoming');
      await expect(outbox.tab('upcoming')).toContainText(tab);
      await outbox.item(`${who} Shot${tag}`).first().click();
      await expect(outbox.detail).toBeVisible();
    });
  }
});
