import { expect, test } from '@playwright/test';
import type { Contact } from '../api';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';
import { OptOutsPage } from './pages/opt-outs';
import { OutboxPage, seedCart } from './pages/outbox-page';
import { shoot } from './pages/screenshots';

const unique = () => Math.random().toString(36).slice(2, 8);

type Entry = { id: string; step: number; state: string; reason: string };
type OutboxPage_ = { rows: Entry[] };

// Today 09:00 UTC: the three cart messages fall after today, in Upcoming.
const cartTime = (): Date => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 9));
};

const messagesOf = async (app: AppPage, contactId: string): Promise<Entry[]> => {
  const views = ['upcoming', 'today', 'attention', 'sent'] as const;
  const pages = await Promise.all(views.map((view) => app.api('outbox.list', { view, contactId, offset: 0, limit: 10 })));
  return pages.flatMap((p) => p.rows).sort((a, b) => a.step - b.step);
};

test('unsubscribe from the panel: the contact shows it and its planned messages are cancelled', async ({ page }) => {
  const app = new AppPage(page);
  const contacts = new ContactsPage(page);
  const optOuts = new OptOutsPage(page);
  const outbox = new OutboxPage(page);
  const lastName = `Optout${unique()}`;
  await app.open('home');
  // 06 12 followed by six random digits: a range of French mobile numbers that is all assigned
  // (06 39…, for one, is not, and the contact form refuses it).
  const phone = `0612${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const contact = await seedCart(app, { firstName: 'Inès', lastName, email: `ines.${lastName}@example.com`, phone, language: 'en' }, cartTime());
  await app.api('outbox.plan', {});
  expect((await messagesOf(app, contact.id)).map((m) => m.state)).toEqual(['scheduled', 'scheduled', 'scheduled']);

  await app.nav('Contacts').click();
  await contacts.searchFor(lastName.toLowerCase());
  await contacts.row(lastName).click();
  await expect(optOuts.consentHistory).toContainText('Consent covers every program. Programs that may write to them: Abandoned-cart recovery');
  await optOuts.unsubscribeFromPanel();

  // The page says the day in the owner's zone (Europe/Paris by default), not this machine's.
  const today = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date());
  await expect(optOuts.unsubscribedSince).toHaveText(`Unsubscribed on ${today}: nothing is sent to them any more.`);
  await expect(optOuts.panel.locator('.opt-out [role="status"]')).toHaveText(`Inès ${lastName} is unsubscribed: nothing planned for them will go.`);
  await expect(optOuts.consentHistory).toContainText('No program writes to them: they opted out.');
  const newest = optOuts.consentHistory.locator('.consent-changes li').first();
  await expect(newest).toContainText('Withdrawn (opt-out)');
  await expect(newest).toContainText('through the Unsubscribe action in Relance');
  await expect(newest).toContainText('in Relance');
  await expect(optOuts.panel.getByRole('button', { name: 'Unsubscribe' })).toHaveCount(0);
  await shoot(page, 'unsubscribe-panel-en', optOuts.panel);
  await optOuts.consentHistory.scrollIntoViewIfNeeded();
  await shoot(page, 'consent-history-en', optOuts.consentHistory);

  const stored = await app.api('contacts.get', { id: contact.id });
  expect(stored.unsubscribedAt).not.toBeNull();
  expect(stored.suppressed).toBe('unsubscribed');
  const after = await messagesOf(app, contact.id);
  expect(after.map((m) => m.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  expect(after[0]!.reason).toContain('unsubscribed');

  // Added again by hand with the same number: the panel says why nothing will be planned.
  await contacts.create({ firstName: 'Inès', lastName: `${lastName}bis`, phone });
  await expect(optOuts.panel.getByRole('heading', { name: `Inès ${lastName}bis` })).toBeVisible();
  await expect(optOuts.panel.getByTestId('suppressed-note')).toHaveText(
    'This address or number is on the suppression list: the person unsubscribed earlier. Nothing is planned for them until you record a new consent (basis “Consent”) with where it came from and a date after that.',
  );

  await app.nav('Outbox').click();
  await outbox.openTab('upcoming');
  await expect(outbox.item(lastName)).toHaveCount(0);
  await outbox.openTab('sent');
  await expect(outbox.item(lastName)).toHaveCount(3);
  await expect(outbox.item(lastName).first().locator('.outbox-state')).toHaveText('Stopped');
  await shoot(page, 'unsubscribe-outbox-en');
  await app.expectClean();
});

test('désinscrire une sélection depuis la liste, en français', async ({ page }) => {
  const app = new AppPage(page);
  const contacts = new ContactsPage(page);
  const optOuts = new OptOutsPage(page);
  const tag = `Liste${unique()}`;
  await app.open('home');
  await app.setLanguage('fr');
  try {
    const one = await seedCart(app, { firstName: 'Jules', lastName: tag, email: `jules.${tag}@example.com`, language: 'fr' }, cartTime());
    const two = await app.api('contacts.create', { firstName: 'Lou', lastName: tag, phone: '06 12 34 56 78', country: 'FR', consent: { basis: 'consent', source: 'boutique', at: null } });
    await app.api('outbox.plan', {});

    await app.nav('Contacts').click();
    await contacts.searchFor(tag.toLowerCase());
    await contacts.expectCount(2);
    await optOuts.checkbox(`Jules ${tag}`).check();
    await optOuts.checkbox(`Lou ${tag}`).check();
    await expect(optOuts.selectionBar).toContainText('2 contacts sélectionnés');
    await shoot(page, 'unsubscribe-selection-fr');
    await optOuts.selectionBar.getByRole('button', { name: 'Désinscrire' }).click();
    await expect(optOuts.dialog).toContainText('Désinscrire 2 contacts ?');
    await expect(optOuts.dialog).toContainText('aucun import ne la fera revenir');
    await optOuts.dialog.getByRole('button', { name: 'Désinscrire' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'désinscriptions' })).toHaveText('2 désinscriptions enregistrées : rien de ce qui était prévu ne partira.');
    await expect(optOuts.selectionBar).toHaveCount(0);

    await contacts.row(`Lou ${tag}`).click();
    const today = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date());
    await expect(optOuts.unsubscribedSince).toHaveText(`Désinscription le ${today} : plus rien ne lui est envoyé.`);
    await expect(optOuts.consentHistory).toContainText('Retiré (désinscription)');
    await expect(optOuts.consentHistory).toContainText('par l’action Désinscrire de Relance');
    await expect(optOuts.consentHistory).toContainText('Aucun programme ne lui écrit : cette personne s’est désinscrite.');
    await shoot(page, 'unsubscribe-panel-fr', optOuts.panel);
    await optOuts.consentHistory.scrollIntoViewIfNeeded();
    await shoot(page, 'consent-history-fr', optOuts.consentHistory);

    for (const id of [one.id, two.id]) expect((await app.api('contacts.get', { id })).unsubscribedAt).not.toBeNull();
    expect((await messagesOf(app, one.id)).map((m) => m.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  } finally {
    await app.setLanguage('system');
  }
  await app.expectClean();
});
