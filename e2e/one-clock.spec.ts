import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { AppPage } from './pages/app-page';
import { ClockPage, hourIn, momentIn } from './pages/clock-page';
import { ContactsPage } from './pages/contacts-page';
import { importCsv } from './pages/import-csv';
import { OutboxPage } from './pages/outbox-page';
import { startOwnHost, useOwnHost, type OwnHost } from './pages/own-host';
import { RepliesPage } from './pages/replies-page';
import { shoot } from './pages/screenshots';
import { SegmentsPage } from './pages/segments-page';
import { TimelinePanel } from './pages/timeline-page';

// One clock: the owner's business is in Paris, the window is open in New York. Every
// time on screen is Paris time and the page says so; a message read in the recipient's zone says
// both; a date without a time stays that date. On a host of its own: it sets the owner's zone.
test.describe.configure({ mode: 'serial' });

const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';
test.use({ timezoneId: NEW_YORK, viewport: { width: 1360, height: 900 } });

const DAY = 86_400_000;
const tag = Math.random().toString(36).slice(2, 8);
const lea = { firstName: 'Léa', lastName: `Horloge${tag}`, email: `lea.${tag}@example.com` };
const sam = { firstName: 'Sam', lastName: `Hudson${tag}`, email: `sam.${tag}@example.com` };
// 08:14 UTC: 09:14 in Paris, 03:14 in New York.
const CALL_AT = '2026-11-25T08:14:00.000Z';
// 17:05 UTC: 18:05 in Paris, 12:05 in New York.
const REPLY_AT = '2026-11-30T17:05:00.000Z';

let host: OwnHost;
let giveBack: () => void = () => undefined;
let leaId = '';
let samId = '';

// A reply read from the mailbox: only reading a real mailbox writes one, so it is written here as
// reading would (repermission.spec.ts does the same for a message sent weeks ago).
const replyRead = (contactId: string): void => {
  const sqlite = new Database(join(host.dataDir, 'relance.db'));
  sqlite.pragma('busy_timeout = 5000');
  sqlite
    .prepare(`INSERT INTO contact_events (id, contact_id, type, occurred_at, status, note, source, created_at) VALUES (?, ?, 'reply', ?, ?, ?, 'mailbox', ?)`)
    .run(`e2e-reply-${tag}`, contactId, Date.parse(REPLY_AT), 'Re: Votre panier', 'Merci, je repasse samedi.', Date.now());
  sqlite.close();
};

test.beforeAll(async ({ browser }) => {
  host = await startOwnHost('relance-e2e-clock-');
  giveBack = useOwnHost(host);
  const page = await browser.newPage();
  const app = new AppPage(page);
  await app.open('home');
  await app.api('settings.update', {
    timeZone: PARIS,
    business: { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' },
    promoCode: 'LIVRAISON',
  });
  leaId = (await app.api('contacts.create', { ...lea, country: 'FR', consent: { basis: 'consent', source: 'checkout', at: null } })).id;
  await app.api('events.log', { type: 'call', contactId: leaId, occurredAt: CALL_AT, note: 'Asked about the Alba lamp.' });
  // An order dated 1 February 2026, without a time: that date wherever the window is.
  await importCsv(app, `clock-${tag}.csv`, [
    ['email', 'first_name', 'last_name', 'type', 'occurred_at', 'amount', 'currency', 'reference'],
    [lea.email, lea.firstName, lea.lastName, 'order', '2026-02-01', '64.00', 'EUR', `O-${tag}`],
  ]);
  // Sam lives in New York: his send window is read there.
  samId = (await app.api('contacts.create', { ...sam, language: 'en', country: 'US', region: 'NY', consent: { basis: 'consent', source: 'checkout', at: null } })).id;
  await app.api('events.log', {
    type: 'abandoned_cart', contactId: samId, occurredAt: new Date(Date.now() - 2 * DAY).toISOString(), amount: '129,50', currency: 'EUR', items: 'Lampe Alba', link: 'https://shop.example.com/c/alba',
  });
  replyRead(leaId);
  await page.close();
});

test.afterAll(async () => {
  giveBack();
  await host?.close();
});

const openLea = async (page: Page): Promise<TimelinePanel> => {
  const contacts = new ContactsPage(page);
  await contacts.searchFor(lea.lastName);
  await contacts.row(lea.lastName).click();
  return new TimelinePanel(page);
};

// Sam's first cart message, wherever the hour puts it (today or later).
const samsMessage = async (app: AppPage): Promise<{ view: 'today' | 'upcoming'; scheduledAt: string }> => {
  for (const view of ['today', 'upcoming'] as const) {
    const { rows } = await app.api('outbox.list', { view, contactId: samId, offset: 0, limit: 10 });
    const first = rows.find((row) => row.step === 1);
    if (first) return { view, scheduledAt: first.scheduledAt };
  }
  throw new Error('Sam has no first cart message');
};

for (const language of ['en', 'fr'] as const) {
  const words = language === 'en'
    ? { note: 'Times are in Europe/Paris (UTC+01:00)', both: (their: string, yours: string) => `${their} their time, ${yours} yours`, feb: /Feb(ruary)? 1, 2026|1 Feb(ruary)? 2026/, stalled: 'Stalled prospect', since: 'Stalled since November 2, 2026' }
    : { note: 'Heures affichées dans le fuseau Europe/Paris (UTC+01:00)', both: (their: string, yours: string) => `${their} chez la personne, ${yours} chez vous`, feb: /1(er)? févr(\.|ier) 2026/, stalled: 'Prospect en suspens', since: 'En suspens depuis le 2 novembre 2026' };

  test(`every time is the owner's, in a browser set to New York (${language})`, async ({ page }) => {
    const app = new AppPage(page);
    const clock = new ClockPage(page);
    await app.open('home');
    await app.api('settings.update', { uiLanguage: language });
    try {
      await app.open('contacts');
      await expect(clock.zoneNote).toContainText(words.note);
      const timeline = await openLea(page);
      const call = timeline.items.filter({ hasText: 'Alba lamp' });
      await expect(call).toContainText(momentIn(CALL_AT, PARIS, language));
      await expect(call).not.toContainText(momentIn(CALL_AT, NEW_YORK, language));
      // A date without a time: 1 February in Paris and in New York alike.
      await expect(timeline.items.filter({ hasText: `O-${tag}` })).toContainText(words.feb);

      // A stalled prospect, stalled since the last exchange given, typed as Paris wall-clock time.
      if (language === 'en') {
        await timeline.log(words.stalled, { when: '2026-11-02T00:30', interest: 'Alba lamp in green' });
        await timeline.expectLogged(words.stalled);
      }
      await expect(timeline.panel).toContainText(words.since);
      await expect(timeline.items.filter({ hasText: momentIn('2026-11-01T23:30:00.000Z', PARIS, language) })).toHaveCount(1);
      await shoot(page, `one-clock-contact-${language}`);

      await app.nav(language === 'en' ? 'Outbox' : 'Boîte d’envoi').click();
      const outbox = new OutboxPage(page);
      await expect(clock.zoneNote).toContainText(words.note);
      const message = await samsMessage(app);
      await outbox.openTab(message.view);
      const item = outbox.item(`${sam.firstName} ${sam.lastName}`).first();
      await expect(item.locator('.outbox-when')).toContainText(words.both(hourIn(message.scheduledAt, NEW_YORK), hourIn(message.scheduledAt, PARIS)));
      await item.click();
      await expect(outbox.detail).toContainText(words.both(hourIn(message.scheduledAt, NEW_YORK), hourIn(message.scheduledAt, PARIS)).split(',')[0]!);
      await shoot(page, `one-clock-outbox-${language}`);

      await app.nav(language === 'en' ? 'Replies' : 'Réponses').click();
      const replies = new RepliesPage(page);
      await expect(clock.zoneNote).toContainText(words.note);
      await expect(replies.item('Merci, je repasse samedi.').locator('.reply-when')).toHaveText(momentIn(REPLY_AT, PARIS, language));
      await shoot(page, `one-clock-replies-${language}`);

      // The import history and Settings (privacy log, last mailbox check) say it too.
      await app.nav(language === 'en' ? 'Import' : 'Importer').click();
      await expect(page.locator('.import-history').getByTestId('zone-note')).toContainText(words.note);
      await expect(page.locator('.import-history')).toContainText(`clock-${tag}.csv`);
      await shoot(page, `one-clock-import-${language}`, page.locator('.import-history'));
      // A segment's members: the contacts table's dates are the owner's too.
      await app.nav('Segments').click();
      await new SegmentsPage(page).open(language === 'en' ? 'Carts to recover' : 'Paniers à relancer');
      await expect(clock.zoneNote).toContainText(words.note);
      await shoot(page, `one-clock-segment-${language}`);
      await app.nav(language === 'en' ? 'Settings' : 'Réglages').click();
      await expect(clock.zoneNote).toContainText(words.note);
      await shoot(page, `one-clock-settings-${language}`);
      await app.expectClean();
    } finally {
      await app.api('settings.update', { uiLanguage: 'en' });
    }
  });
}
