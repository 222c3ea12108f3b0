import { X509Certificate } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { startDovecot, type DovecotServer } from '../core/mail/test-support/dovecot-server';
import { startTestServer, type TestServer } from '../core/mail/test-support/smtp-test-server';
import { testMailboxConfig, trustTestMailbox, type ContractCall } from '../core/mail/test-support/trusted-mailbox';
import { AppPage } from './pages/app-page';
import { MailboxSettingsPage } from './pages/mailbox-settings-page';
import { OutboxPage } from './pages/outbox-page';
import { startOwnHost, useOwnHost, type OwnHost } from './pages/own-host';
import { ReadingSettingsPage } from './pages/reading-settings-page';
import { RepliesPage } from './pages/replies-page';
import { replyMail } from './pages/reply-mail';
import { shoot } from './pages/screenshots';
import { messagesOf, seedDueCart } from './pages/sending-seed';

// Reading the owner's mailbox against a real Dovecot on loopback (STARTTLS, a self-signed
// certificate): cart 1 leaves through the test SMTP server, the owner sets up reading in
// Settings and trusts the IMAP certificate, the contact answers, "Check now" reads the answer:
// it shows in Replies and on the contact's timeline, and carts 2 and 3 stop. This spec runs
// on a host of its own: the mailbox it sets up cannot be removed, and sending.spec.ts starts
// from none.
test.describe.configure({ mode: 'serial' });

const PARIS = 'Europe/Paris';
test.use({ timezoneId: PARIS, viewport: { width: 1360, height: 900 } });

const USER = 'owner@example.com';
const PASSWORD = 's3cret';
const tag = Math.random().toString(36).slice(2, 8);
const person = { firstName: 'Zoé', lastName: `Martin${tag}`, email: `zoe.${tag}@example.org` };
const name = `${person.firstName} ${person.lastName}`;
const SUBJECT = 'Re: Votre panier vous attend';
const TEXT = 'Merci Claire, je passe commande demain matin.\nLa lampe Alba existe-t-elle en vert ?';

let host: OwnHost;
let giveBack: () => void = () => undefined;
let smtp: TestServer;
let dovecot: DovecotServer;
let contactId = '';

test.beforeAll(async ({ browser }) => {
  [host, smtp, dovecot] = await Promise.all([startOwnHost(), startTestServer({ user: USER, password: PASSWORD }), startDovecot({ user: USER, password: PASSWORD })]);
  giveBack = useOwnHost(host);
  const page = await browser.newPage();
  const app = new AppPage(page);
  await app.open('home');
  const call = ((method, input) => app.api(method, input)) as ContractCall;
  const { trusted } = await trustTestMailbox(call, testMailboxConfig(smtp.port), PASSWORD);
  expect(trusted.ok).toBe(true);
  contactId = (await seedDueCart(app, person)).id;
  await page.close();
});

test.afterAll(async () => {
  giveBack();
  await Promise.all([host?.close(), smtp?.close(), dovecot?.close()]);
});

test('the owner sets up reading, a reply arrives, and it stops the cart messages', async ({ page }) => {
  const app = new AppPage(page);
  const mailbox = new MailboxSettingsPage(page);
  const reading = new ReadingSettingsPage(page);
  const replies = new RepliesPage(page);
  const outbox = new OutboxPage(page);
  await app.open('home');

  // Cart 1 leaves: approved, the host sends it at once.
  const [first] = await messagesOf(app, contactId);
  await app.api('outbox.approve', { id: first!.id });
  await expect.poll(async () => (await messagesOf(app, contactId))[0]!.state, { timeout: 10_000 }).toBe('sent');
  const sent = await app.api('outbox.list', { view: 'sent', contactId, offset: 0, limit: 10 });
  const cart1 = sent.rows.find((row) => row.id === first!.id)!;
  expect(cart1.messageId).toMatch(/^<.+@.+>$/);

  await app.nav('Replies').click();
  await expect(replies.empty).toContainText('Relance does not read your mailbox yet');
  await shoot(page, 'replies-empty-en');

  // Settings: reading on, the test Dovecot's STARTTLS port, saved, tested, its certificate trusted.
  await app.nav('Settings').click();
  await reading.turnOn();
  await reading.fill({ imapHost: '127.0.0.1' });
  await reading.chooseSecurity('starttls');
  await reading.fill({ imapPort: String(dovecot.port) });
  await mailbox.save();
  await expect(mailbox.saveStatus).toHaveText('Mailbox saved.');
  await reading.testConnection();
  await expect(reading.result).toHaveAttribute('data-ok', 'false');
  await expect(reading.result).toHaveText(/^The certificate of 127\.0\.0\.1 could not be verified, so nothing was read\./);
  await expect(reading.certificate).toContainText(new X509Certificate(dovecot.certPem).fingerprint256);
  await reading.trustCertificate();
  await expect(reading.result).toHaveText('Reading works: 127.0.0.1 accepted your user name and password.');
  await expect(reading.pinned).toContainText(new X509Certificate(dovecot.certPem).fingerprint256);

  // The contact answers cart 1 from their mail program; "Check now" reads it.
  await dovecot.append('INBOX', replyMail({ from: `${name} <${person.email}>`, to: USER, subject: SUBJECT, inReplyTo: cart1.messageId!, text: TEXT, quoted: cart1.subject }));
  await reading.checkNow();
  await expect(reading.fact('found')).toHaveText('1 reply');
  await expect(reading.fact('lookedAt')).toHaveText(/^[1-9]\d*$/);
  const { reading: status } = await app.api('mailbox.get', {});
  const inParis = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: PARIS }).format(new Date(status.lastCheckAt!));
  await expect(reading.fact('lastCheck')).toHaveText(inParis);
  await expect(reading.problem).toHaveCount(0);
  await reading.check.scrollIntoViewIfNeeded();
  await shoot(page, 'settings-reading-en', mailbox.section);

  // Replies: the answer, newest first, its contact opened beside it with the timeline.
  await app.nav('Replies').click();
  const item = replies.item(name);
  await expect(item).toHaveCount(1);
  await expect(item.locator('.reply-kind')).toHaveText('Reply');
  await expect(item.locator('.reply-subject')).toHaveText(SUBJECT);
  await expect(item.locator('.reply-excerpt')).toHaveText(TEXT);
  await expect(item).not.toContainText('a écrit');
  await shoot(page, 'replies-list-en');
  await replies.openContact(name);
  const event = replies.panel.locator('.timeline-item[data-type="reply"]');
  await expect(event).toHaveCount(1);
  await expect(event.locator('.timeline-type')).toHaveText('Reply received');
  await expect(event.locator('.timeline-subject')).toHaveText(SUBJECT);
  await expect(event.locator('.timeline-note')).toHaveText(TEXT);
  await expect(event.locator('.timeline-source')).toHaveText('Read from your mailbox');
  await shoot(page, 'replies-contact-timeline-en');

  // Carts 2 and 3 stop because they replied.
  expect((await messagesOf(app, contactId)).map((m) => [m.step, m.state])).toEqual([
    [1, 'sent'],
    [2, 'cancelled'],
    [3, 'cancelled'],
  ]);
  await app.nav('Outbox').click();
  await outbox.openTab('sent');
  for (const step of [2, 3]) {
    const stopped = outbox.item(name).filter({ hasText: `Cart ${step} of 3` });
    await expect(stopped.locator('.outbox-reason')).toContainText('stopped: they replied on');
  }
  await shoot(page, 'outbox-stopped-by-reply-en');

  // Home counts the week's replies.
  await app.nav('Home').click();
  await expect(page.getByTestId('home-replies')).toContainText('1 new reply in the last 7 days');
  await app.expectClean();
});

test('the reading screens in French', async ({ page }) => {
  const app = new AppPage(page);
  const mailbox = new MailboxSettingsPage(page);
  const reading = new ReadingSettingsPage(page);
  const replies = new RepliesPage(page);
  const outbox = new OutboxPage(page);
  await app.open('home');
  await app.setLanguage('fr');
  try {
    await expect(reading.fields.locator('legend')).toHaveText('Lecture des réponses et des rebonds (IMAP)');
    await expect(reading.fact('found')).toHaveText('1 réponse');
    await reading.check.scrollIntoViewIfNeeded();
    await shoot(page, 'settings-reading-fr', mailbox.section);

    await app.nav('Réponses').click();
    const item = replies.item(name);
    await expect(item.locator('.reply-kind')).toHaveText('Réponse');
    await shoot(page, 'replies-list-fr');
    await replies.openContact(name);
    const event = replies.panel.locator('.timeline-item[data-type="reply"]');
    await expect(event.locator('.timeline-source')).toHaveText('Lu dans votre boîte mail');
    await expect(event.locator('.timeline-subject')).toHaveText(SUBJECT);
    await shoot(page, 'replies-contact-timeline-fr');

    await app.nav('Boîte d’envoi').click();
    await outbox.openTab('sent');
    await expect(outbox.item(name).filter({ hasText: 'Panier 2 sur 3' }).locator('.outbox-reason')).toContainText('arrêté : réponse reçue le');
    await shoot(page, 'outbox-stopped-by-reply-fr');
  } finally {
    await app.api('settings.update', { uiLanguage: 'system' });
  }
  await app.expectClean();
});
