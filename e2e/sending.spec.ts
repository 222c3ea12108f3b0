import { X509Certificate } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import type { Settings } from '../api';
import { startTestServer, type TestServer } from '../core/mail/test-support/smtp-test-server';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';
import { HomeSendingCard } from './pages/home-sending-card';
import { MailboxSettingsPage } from './pages/mailbox-settings-page';
import { OutboxPage } from './pages/outbox-page';
import { OutboxSendingPage } from './pages/outbox-sending-page';
import { shoot } from './pages/screenshots';
import { messagesOf, seedDueCart } from './pages/sending-seed';
import { TimelinePanel } from './pages/timeline-page';

// The sending journey against a real SMTP server on loopback (STARTTLS, a self-signed
// certificate, AUTH): set up the mailbox, trust its certificate, approve a cart message and see
// it leave, see a bounce stop the contact's other messages, and a refused password stop
// sending until the owner resumes. The tests share the server and the mailbox, so they run in order.
test.describe.configure({ mode: 'serial' });

const PARIS = 'Europe/Paris';
// The owner's time zone (Settings → Messages, Europe/Paris by default) is the browser's here.
test.use({ timezoneId: PARIS, viewport: { width: 1360, height: 900 } });

const USER = 'owner@example.com';
const PASSWORD = 's3cret';
const GONE = 'gone@example.com';
const tag = Math.random().toString(36).slice(2, 8);
const lastName = `Mail${tag}`;
const good = { firstName: 'Olive', email: `olive.${tag}@example.com` };
const gone = { firstName: 'Gaston', email: GONE };
const cut = { firstName: 'Coralie', email: `cut.${tag}@example.com` };
const cutFr = { firstName: 'Clément', email: `cut.fr.${tag}@example.com` };
const refused = { en: { firstName: 'Paulin', email: `paulin.${tag}@example.com` }, fr: { firstName: 'Fanny', email: `fanny.${tag}@example.com` } };
const slowed = { en: { firstName: 'Rémi', email: `remi.${tag}@example.com` }, fr: { firstName: 'Félix', email: `felix.${tag}@example.com` } };

let server: TestServer;
let fingerprint: string;

type Restore = Pick<Settings, 'uiLanguage' | 'sendWindow'>;
let before: Restore | null = null;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  const app = new AppPage(page);
  await app.open('home');
  const { uiLanguage, sendWindow } = await app.api('settings.get', {});
  before = { uiLanguage, sendWindow };
  await page.close();
  server = await startTestServer({
    user: USER,
    password: PASSWORD,
    script: (recipient) =>
      recipient === GONE
        ? { kind: 'rcpt', code: 550, text: '5.1.1 The email account that you tried to reach does not exist' }
        : recipient.startsWith('cut.')
          ? { kind: 'cut-after-dot' }
          : { kind: 'accept' },
  });
  fingerprint = new X509Certificate(server.certPem).fingerprint256;
});

// The other specs share this host: its language and send window go back to what they were.
test.afterAll(async ({ browser }) => {
  const page = await browser.newPage();
  const app = new AppPage(page);
  await app.open('home');
  if (before) await app.api('settings.update', before);
  await page.close();
  await server?.close();
});

type Person = { firstName: string; email: string };
const contactIds = new Map<string, string>();

// A contact whose first cart message is due now (see seedDueCart).
const seed = async (app: AppPage, person: Person) => {
  const contact = await seedDueCart(app, { ...person, lastName });
  contactIds.set(person.email, contact.id);
};

const stateOfFirst = (app: AppPage, email: string) => async () => (await messagesOf(app, contactIds.get(email)!))[0]?.state;

// Approves the first cart message of `name` from the Today tab.
const approveFromToday = async (outbox: OutboxPage, name: string) => {
  await outbox.openTab('today');
  const item = outbox.item(name);
  await expect(item).toHaveCount(1);
  await expect(item.locator('.outbox-program')).toHaveText(/^(Cart 1 of 3|Panier 1 sur 3)$/);
  await item.click();
  await outbox.button(/^(Approve|Approuver)$/).click();
};

test('the owner sets up their mailbox, sees its self-signed certificate and trusts it', async ({ page }) => {
  const app = new AppPage(page);
  const mailbox = new MailboxSettingsPage(page);
  await app.open('home');
  await app.nav('Settings').click();
  await expect(mailbox.section.getByRole('heading', { level: 2 })).toHaveText('Your mailbox');
  await mailbox.section.scrollIntoViewIfNeeded();
  await expect(mailbox.passwordStore).toHaveText('No password is kept yet.');
  await shoot(page, 'settings-mailbox-empty-en', mailbox.section);
  await app.setLanguage('fr');
  await expect(mailbox.section.getByRole('heading', { level: 2 })).toHaveText('Votre boîte mail');
  await shoot(page, 'settings-mailbox-empty-fr', mailbox.section);
  await app.setLanguage('system');

  await mailbox.choosePreset('other');
  await expect(mailbox.section.locator('#mailbox-preset option:checked')).toHaveText('Another provider');
  await mailbox.fill({ host: '127.0.0.1', port: String(server.port), user: USER, password: PASSWORD, fromName: 'Claire, Atelier Lumière', fromAddress: USER });
  await mailbox.chooseSecurity('starttls');
  // A server on this computer: no need to wait between two messages.
  await mailbox.fill({ minIntervalSeconds: '0' });
  await shoot(page, 'settings-mailbox-filled-en', mailbox.section);
  await mailbox.save();
  await expect(mailbox.saveStatus).toHaveText('Mailbox saved.');
  await expect(mailbox.passwordStore).toHaveText(/^Your password is kept in (your system keychain|a file only you can read)/);
  await expect(mailbox.field('password')).toHaveValue('');

  await mailbox.testConnection();
  await mailbox.expectResult(false, 'The certificate of 127.0.0.1 could not be verified, so nothing was sent. If you know this server, compare its fingerprint below with the one its owner gave you.');
  await expect(mailbox.certificateFact('Fingerprint (SHA-256)')).toHaveText(fingerprint);
  await expect(mailbox.certificateFact('Issued to')).toContainText('CN=localhost');
  await expect(mailbox.certificateFact('Valid until')).toHaveText(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: PARIS }).format(new Date(new X509Certificate(server.certPem).validTo)));
  await mailbox.certificate.scrollIntoViewIfNeeded();
  await shoot(page, 'settings-mailbox-certificate-en', mailbox.section);

  await mailbox.trustCertificate();
  await mailbox.expectResult(true, 'The connection works: 127.0.0.1 accepted your user name and password.');
  await expect(mailbox.certificate).toHaveCount(0);
  await expect(mailbox.pinned).toContainText(fingerprint);
  await shoot(page, 'settings-mailbox-success-en', mailbox.section);
  expect(server.deliveries).toHaveLength(0);
  await app.expectClean();
});

test('an approved cart message leaves through the mailbox, and a bounce stops the contact’s other messages', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new AppPage(page);
  const outbox = new OutboxPage(page);
  const sending = new OutboxSendingPage(page);
  const contacts = new ContactsPage(page);
  const timeline = new TimelinePanel(page);
  await app.open('home');
  await seed(app, good);
  await seed(app, gone);

  await app.nav('Outbox').click();
  await expect(sending.banner('no-mailbox')).toHaveCount(0);
  await approveFromToday(outbox, `Olive ${lastName}`);
  // The host sends right after an approval.
  await expect.poll(() => server.deliveries.length, { timeout: 10_000 }).toBe(1);
  const [delivery] = server.deliveries;
  expect(delivery!.to).toEqual([good.email]);
  expect(delivery!.from).toBe(USER);
  expect(delivery!.isSecure).toBe(true);
  expect(delivery!.user).toBe(USER);
  expect(delivery!.raw.toString('utf8')).toContain('Lampe Alba');

  await sending.openTab('sent');
  const sent = outbox.item(`Olive ${lastName}`);
  await expect(sent).toHaveCount(1);
  await expect(sent.locator('.outbox-state')).toHaveText('Sent');
  await sent.click();
  await expect(outbox.fact('State')).toHaveText('Sent');
  await expect(sending.serverAnswer).toHaveText(/^250 2\.0\.0 Ok: queued as \d+$/);
  await expect(outbox.fact('Message-ID')).toHaveText(delivery!.messageId!);
  await expect(outbox.fact('Sent')).not.toHaveText(/\d{4}-\d{2}-\d{2}T/);
  await expect(outbox.preview.locator('body')).toContainText('Lampe Alba');
  await shoot(page, 'outbox-sent-detail-en');

  // The timeline says what left, and the other two messages of the program still wait.
  await app.nav('Contacts').click();
  await contacts.searchFor(lastName);
  await contacts.row('Olive').click();
  const sentEvent = timeline.section.locator('.timeline-item[data-type="message_sent"]');
  await expect(sentEvent).toHaveCount(1);
  await expect(sentEvent).toContainText('Cart 1 of 3 sent');
  await expect(sentEvent.locator('.timeline-source')).toHaveText('From the outbox');
  await expect(sentEvent).not.toContainText(delivery!.messageId!);
  await shoot(page, 'contact-timeline-sent-en');
  expect((await messagesOf(app, contactIds.get(good.email)!)).map((m) => [m.step, m.state])).toEqual([
    [1, 'sent'],
    [2, 'scheduled'],
    [3, 'scheduled'],
  ]);

  // The dead address: the server refuses the recipient for good.
  await app.nav('Outbox').click();
  await approveFromToday(outbox, `Gaston ${lastName}`);
  await expect.poll(stateOfFirst(app, GONE), { timeout: 10_000 }).toBe('failed');
  await sending.openTab('failed');
  const failed = outbox.item(`Gaston ${lastName}`);
  await expect(failed).toHaveCount(1);
  await expect(failed.locator('.outbox-state')).toHaveText('Failed');
  await failed.click();
  await expect(sending.serverAnswer).toHaveText('550 5.1.1 The email account that you tried to reach does not exist');
  await expect(outbox.fact('Why')).toContainText('the address does not exist (bounce)');
  await expect(outbox.preview.locator('body')).toContainText('Lampe Alba');
  await shoot(page, 'outbox-failed-en');
  for (const view of ['today', 'upcoming'] as const) {
    await outbox.openTab(view);
    await expect(outbox.item(`Gaston ${lastName}`)).toHaveCount(0);
  }
  expect((await messagesOf(app, contactIds.get(GONE)!)).map((m) => [m.step, m.state])).toEqual([
    [1, 'failed'],
    [2, 'cancelled'],
    [3, 'cancelled'],
  ]);
  expect(server.deliveries).toHaveLength(1);
  await app.expectClean();
});

test('a connection cut after the message was handed over waits in Uncertain for the owner', async ({ page }) => {
  const app = new AppPage(page);
  const outbox = new OutboxPage(page);
  const sending = new OutboxSendingPage(page);
  await app.open('home');
  await seed(app, cut);
  await app.nav('Outbox').click();
  await approveFromToday(outbox, `Coralie ${lastName}`);
  await expect.poll(stateOfFirst(app, cut.email), { timeout: 10_000 }).toBe('unknown');
  await sending.openTab('unknown');
  await expect(sending.tab('unknown')).toContainText('Uncertain');
  await outbox.item(`Coralie ${lastName}`).click();
  await expect(outbox.fact('State')).toHaveText('Uncertain');
  await expect(sending.serverAnswer).toHaveText('None: the connection ended');
  await expect(sending.unknownExplanation).toContainText('it may have arrived');
  await expect(sending.unknownExplanation.getByRole('button')).toHaveText(['I checked, send it again', 'Drop it']);
  await expect(outbox.preview.locator('body')).toContainText('Lampe Alba');
  await shoot(page, 'outbox-unknown-en');
  await sending.drop();
  await expect(outbox.status).toHaveText(`Dropped: Cart 1 of 3 to Coralie ${lastName} will not be sent again.`);
  await expect(outbox.fact('State')).toHaveText('Stopped');
  await expect(outbox.item(`Coralie ${lastName}`)).toHaveCount(0);
  expect(server.deliveries.map((d) => d.to[0])).not.toContain(cut.email);
  await app.expectClean();
});

// A dropped message may have arrived: planning again must not bring it back to approve.
test('a dropped uncertain message stays dropped when the outbox is planned again', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('home');
  await app.api('outbox.plan', {});
  expect((await messagesOf(app, contactIds.get(cut.email)!))[0]!.state).toBe('cancelled');
});

const WORDS = {
  en: {
    settings: 'Settings',
    outbox: 'Outbox',
    home: 'Home',
    auth: 'The mail server refused the user name or password: check them in Settings, Your mailbox, then resume.',
    rate: 'The mail server asked to slow down: sending waits an hour.',
    until: /^It starts again by itself on \w+day, \w+ \d{1,2}, \d{4} at \d{2}:\d{2}, or now if you resume\.$/,
    resumed: 'Sending resumed.',
  },
  fr: {
    settings: 'Réglages',
    outbox: 'Boîte d’envoi',
    home: 'Accueil',
    auth: 'Le serveur de messagerie a refusé l’identifiant ou le mot de passe : vérifiez-les dans Réglages, Votre boîte mail, puis reprenez.',
    rate: 'Le serveur de messagerie a demandé de ralentir : les envois attendent une heure.',
    until: /^Ils reprennent d’eux-mêmes le \S+ \d{1,2} \S+ \d{4} à \d{2}:\d{2}, ou tout de suite si vous les relancez\.$/,
    resumed: 'Les envois ont repris.',
  },
};

// A wrong password saved, then a cart message approved: the server refuses the login and the
// mailbox stops, saying why; saving the right password lets it go again. Then the server asks
// to slow down: the mailbox waits an hour, unless the owner resumes sooner.
const stopAndResume = async (page: Page, persons: { refused: Person; slowed: Person }, language: 'en' | 'fr') => {
  const app = new AppPage(page);
  const outbox = new OutboxPage(page);
  const sending = new OutboxSendingPage(page);
  const mailbox = new MailboxSettingsPage(page);
  const home = new HomeSendingCard(page);
  const words = WORDS[language];
  const nameOf = (person: Person) => `${person.firstName} ${lastName}`;
  await seed(app, persons.refused);
  await seed(app, persons.slowed);
  const sentBefore = server.deliveries.length;

  await app.nav(words.settings).click();
  await mailbox.fill({ password: 'not-the-password' });
  await mailbox.save();
  await expect(mailbox.saveStatus).not.toBeEmpty();
  await app.nav(words.outbox).click();
  await approveFromToday(outbox, nameOf(persons.refused));
  const stopped = sending.banner('stopped');
  await expect(stopped).toBeVisible({ timeout: 10_000 });
  await expect(stopped).toContainText(words.auth);
  await expect(stopped).toContainText('535 5.7.8 Username and Password not accepted');
  await expect(stopped).not.toContainText(/\d{4}-\d{2}-\d{2}T/);
  await shoot(page, `outbox-paused-auth-${language}`);
  await app.nav(words.home).click();
  await expect(home.card.locator('.home-sending-warn')).toBeVisible();
  await shoot(page, `home-sending-paused-${language}`);

  // Saving the mailbox again lifts the pause: the message leaves.
  await app.nav(words.settings).click();
  await mailbox.fill({ password: PASSWORD });
  await mailbox.save();
  await expect.poll(() => server.deliveries.length, { timeout: 10_000 }).toBe(sentBefore + 1);
  expect(server.deliveries.at(-1)!.to).toEqual([persons.refused.email]);
  await app.nav(words.outbox).click();
  await expect(stopped).toHaveCount(0);

  server.answerMailWith({ code: 421, text: '4.7.0 Too many messages, slow down' });
  try {
    await approveFromToday(outbox, nameOf(persons.slowed));
    await expect(stopped).toBeVisible({ timeout: 10_000 });
    await expect(stopped).toContainText(words.rate);
    await expect(stopped).toContainText('421 4.7.0 Too many messages, slow down');
    await expect(stopped.locator('.hint')).toHaveText(words.until);
    await shoot(page, `outbox-paused-rate-${language}`);
  } finally {
    server.answerMailWith(null);
  }
  await sending.resumeMailbox();
  await expect(sending.status).toHaveText(words.resumed);
  await expect(stopped).toHaveCount(0);
  await expect.poll(() => server.deliveries.length, { timeout: 10_000 }).toBe(sentBefore + 2);
  expect(server.deliveries.at(-1)!.to).toEqual([persons.slowed.email]);
  await expect.poll(stateOfFirst(app, persons.slowed.email)).toBe('sent');
  await app.nav(words.home).click();
  await expect(home.line).toBeVisible();
  await shoot(page, `home-sending-${language}`);
};

test('a refused password, then a server asking to slow down, stop sending until it can go again', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new AppPage(page);
  const home = new HomeSendingCard(page);
  await app.open('home');
  await stopAndResume(page, { refused: refused.en, slowed: slowed.en }, 'en');
  const { sentToday } = await app.api('mailbox.get', {});
  await expect(home.line).toContainText(`${sentToday} messages went out today`);
  await app.expectClean();
});

test('the sending screens in French', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  const outbox = new OutboxPage(page);
  const sending = new OutboxSendingPage(page);
  const mailbox = new MailboxSettingsPage(page);
  const contacts = new ContactsPage(page);
  const timeline = new TimelinePanel(page);
  await app.open('home');
  await app.setLanguage('fr');
  try {
    // The certificate once more: stop trusting it, test, trust it again.
    await mailbox.section.scrollIntoViewIfNeeded();
    await shoot(page, 'settings-mailbox-filled-fr', mailbox.section);
    await mailbox.stopTrusting();
    await expect(mailbox.pinned).toHaveCount(0);
    await mailbox.testConnection();
    await expect(mailbox.certificateFact('Empreinte (SHA-256)')).toHaveText(fingerprint);
    await mailbox.certificate.scrollIntoViewIfNeeded();
    await shoot(page, 'settings-mailbox-certificate-fr', mailbox.section);
    await mailbox.trustCertificate();
    await expect(mailbox.result).toHaveAttribute('data-ok', 'true');
    await expect(mailbox.result).toContainText('127.0.0.1');
    await shoot(page, 'settings-mailbox-success-fr', mailbox.section);

    await app.nav('Boîte d’envoi').click();
    await sending.openTab('sent');
    await outbox.item(`Olive ${lastName}`).click();
    await expect(sending.serverAnswer).toHaveText(/^250 /);
    await expect(outbox.preview.locator('body')).toContainText('Lampe Alba');
    await shoot(page, 'outbox-sent-detail-fr');
    await sending.openTab('failed');
    await outbox.item(`Gaston ${lastName}`).click();
    await expect(sending.serverAnswer).toContainText('550 5.1.1');
    await expect(outbox.preview.locator('body')).toContainText('Lampe Alba');
    await shoot(page, 'outbox-failed-fr');

    // Uncertain: sent again after checking, cut again, then dropped.
    await seed(app, cutFr);
    await approveFromToday(outbox, `Clément ${lastName}`);
    await expect.poll(stateOfFirst(app, cutFr.email), { timeout: 10_000 }).toBe('unknown');
    await sending.openTab('unknown');
    await outbox.item(`Clément ${lastName}`).click();
    await expect(sending.unknownExplanation).toContainText('il est donc peut-être arrivé');
    await expect(sending.serverAnswer).toHaveText('Aucune : la connexion a été coupée');
    await expect(outbox.preview.locator('body')).toContainText('Lampe Alba');
    await shoot(page, 'outbox-unknown-fr');
    await sending.sendAgainAfterChecking();
    await expect(outbox.status).toHaveText(`Remis en file : Panier 1 sur 3 à Clément ${lastName} part au prochain passage d’envoi.`);
    await expect.poll(async () => (await messagesOf(app, contactIds.get(cutFr.email)!))[0]!.attempts, { timeout: 10_000 }).toBe(2);
    await expect.poll(stateOfFirst(app, cutFr.email)).toBe('unknown');
    await sending.openTab('unknown');
    await outbox.item(`Clément ${lastName}`).click();
    await expect(sending.attempts).toHaveText('2');
    await sending.drop();
    await expect(outbox.fact('État')).toHaveText('Arrêté');

    await app.nav('Contacts').click();
    await contacts.searchFor(lastName);
    await contacts.row('Olive').click();
    const sentEvent = timeline.section.locator('.timeline-item[data-type="message_sent"]');
    await expect(sentEvent.locator('.timeline-note')).toHaveText('Envoyé : Panier 1 sur 3');
    await expect(sentEvent.locator('.timeline-source')).toHaveText('Depuis la boîte d’envoi');
    await shoot(page, 'contact-timeline-sent-fr');

    await stopAndResume(page, { refused: refused.fr, slowed: slowed.fr }, 'fr');
  } finally {
    await app.api('settings.update', { uiLanguage: 'system' });
  }
  await app.expectClean();
});
