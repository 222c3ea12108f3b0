import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { MessagesPage } from './pages/messages-page';
import { OutboxPage } from './pages/outbox-page';
import { shoot } from './pages/screenshots';

const unique = () => Math.random().toString(36).slice(2, 8);
const DAY = 86_400_000;

const business = { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' };

// Other specs share this host: each test puts the settings and templates back and removes what it seeded.
let cleanUp: (() => Promise<void>) | null = null;
test.afterEach(async () => {
  await cleanUp?.();
  cleanUp = null;
});

const prepare = async (app: AppPage): Promise<string[]> => {
  await app.open('messages');
  const before = await app.api('settings.get', {});
  const seeded: string[] = [];
  cleanUp = async () => {
    for (const id of seeded) await app.api('contacts.delete', { id });
    for (const edited of (await app.api('templates.list', {})).filter((t) => t.isEdited)) await app.api('templates.reset', edited);
    await app.api('settings.update', before);
  };
  return seeded;
};

test('cart 2 in French names the guarantee, the reviews and the questions set in the form', async ({ page }) => {
  const app = new AppPage(page);
  const messages = new MessagesPage(page);
  const seeded = await prepare(app);
  const lastName = `Panier${unique()}`;
  await app.api('settings.update', { business, uiLanguage: 'fr' });
  const contact = await app.api('contacts.create', { firstName: 'Héloïse', lastName, email: `heloise.${lastName.toLowerCase()}@example.com`, language: 'fr' });
  seeded.push(contact.id);
  await app.api('events.log', { type: 'abandoned_cart', contactId: contact.id, amount: '42', currency: 'EUR', items: 'Tablier en lin; 2 × Savon au miel', link: 'https://atelier.example/panier/7' });
  await page.reload();

  await messages.openTab('Entreprise et envoi');
  await page.getByLabel('Garantie, en français (message 2)').fill('30 jours pour changer d’avis');
  await page.getByLabel('Page des avis de vos clients (message 2)').fill('https://atelier.example/avis');
  await page.getByLabel('Page des questions fréquentes (message 2)').fill('pas une adresse');
  await messages.saveBusiness();
  await expect(messages.fieldError('msg-offer-faqUrl')).toContainText('commençant par https://');
  await page.getByLabel('Page des questions fréquentes (message 2)').fill('');
  await messages.saveBusiness();
  await expect(messages.status).toHaveText('Enregistré. Les messages utilisent désormais ces informations.');
  expect(await app.api('settings.get', {})).toMatchObject({ guaranteeFr: '30 jours pour changer d’avis', reviewsUrl: 'https://atelier.example/avis', faqUrl: '' });
  await shoot(page, 'texts-offers-fr', page.locator('.main'));

  await messages.openTab('Modèles');
  await messages.step('Message 2').click();
  await messages.textLanguage('Français');
  await expect(messages.body).toHaveValue(/\{\{#guarantee\}\}\nChaque commande est couverte par notre garantie : \{\{guarantee\}\}\./);
  await expect(messages.mergeField('guarantee')).not.toContainText('obligatoire');
  await messages.previewAs(lastName, lastName);
  const body = messages.frame('fr').locator('body');
  await expect(body).toContainText('Si quelque chose vous a fait hésiter, nous sommes là pour vous aider.');
  await expect(body).toContainText('Chaque commande est couverte par notre garantie : 30 jours pour changer d’avis.');
  await expect(body).toContainText('Vous pouvez lire ce que nos clients disent de nous : https://atelier.example/avis');
  // No questions page set: that sentence is left out, with nothing dangling.
  await expect(body).not.toContainText('questions fréquentes');
  await expect(body).toContainText('répondez « stop » ou désabonnez-vous ici : mailto:claire@example.com?subject=unsubscribe');
  await shoot(page, 'texts-cart2-fr', page.locator('.main'));

  await messages.step('Message 1').click();
  await expect(messages.frame('fr').locator('body')).toContainText('• Tablier en lin');
  await expect(messages.frame('fr').locator('body')).toContainText('• 2 × Savon au miel');
  await app.expectClean();
});

test('a review request that offers a reward is flagged in the editor and cannot be approved in the Outbox', async ({ page }) => {
  const app = new AppPage(page);
  const messages = new MessagesPage(page);
  const outbox = new OutboxPage(page);
  const seeded = await prepare(app);
  const lastName = `Review${unique()}`;
  await app.api('settings.update', { business, uiLanguage: 'en', googlePlaceId: 'ChIJ-example' });
  await page.reload();

  await messages.openTab('Templates');
  await messages.step('The request').click();
  await messages.textLanguage('English');
  await expect(page.getByTestId('review-policy-warning')).toHaveCount(0);
  await messages.body.fill('Hello {{first_name|}},\n\nIf you are happy with your order, leave us 5 stars and get 10% off your next one:\n\n{{review_link}}');
  const warning = page.getByTestId('review-policy-warning');
  await expect(warning).toContainText('Google does not allow this in a review request');
  await expect(warning).toContainText('This text offers something in return for a review (“10% off”)');
  await expect(warning).toContainText('This text asks only for good reviews (“If you are happy”)');
  await messages.saveTemplate();
  await expect(page.getByText('Template saved.')).toBeVisible();
  await shoot(page, 'texts-review-policy-en', page.locator('.main'));

  const contact = await app.api('contacts.create', {
    firstName: 'Ana', lastName, email: `ana.${lastName.toLowerCase()}@example.com`, language: 'en', country: 'FR', consent: { basis: 'consent', source: 'shop', at: null },
  });
  seeded.push(contact.id);
  await app.api('events.log', { type: 'delivery', contactId: contact.id, occurredAt: new Date(Date.now() - 6 * DAY).toISOString(), reference: `O-${lastName}` });
  await app.api('outbox.plan', {});
  await app.nav('Outbox').click();
  await outbox.openTab('attention');
  await outbox.item(lastName).click();
  await expect(outbox.fact('Why')).toContainText('held: it offers something in return for a review (“10% off”), which Google forbids; change the text');
  await expect(outbox.detail.getByTestId('review-policy-warning')).toContainText('This text offers something in return for a review (“10% off”)');
  await expect(outbox.button('Approve')).toHaveCount(0);
  await shoot(page, 'texts-review-policy-outbox-en');
  await app.expectClean();
});
