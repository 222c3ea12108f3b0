import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { MessagesPage } from './pages/messages-page';

const unique = () => Math.random().toString(36).slice(2, 8);

// Other specs share this host: each test puts the settings back and removes what it seeded.
let cleanUp: (() => Promise<void>) | null = null;
test.afterEach(async () => {
  await cleanUp?.();
  cleanUp = null;
});

const openMessages = async (app: AppPage): Promise<{ seeded: string[]; segments: string[] }> => {
  await app.open('messages');
  const before = await app.api('settings.get', {});
  const made = { seeded: [] as string[], segments: [] as string[] };
  cleanUp = async () => {
    for (const id of made.segments) await app.api('segments.delete', { id });
    for (const id of made.seeded) await app.api('contacts.delete', { id });
    for (const edited of (await app.api('templates.list', {})).filter((t) => t.isEdited)) {
      await app.api('templates.reset', edited);
    }
    await app.api('settings.update', before);
  };
  return made;
};

const business = {
  name: 'Atelier Lumière',
  senderName: 'Claire',
  replyAddress: 'claire@atelier-lumiere.example',
  postalAddress: '12 rue des Lampes, 69001 Lyon',
  website: 'https://atelier-lumiere.example',
};

test('set the business identity through the form and see the review link built from a Place ID', async ({ page }) => {
  const app = new AppPage(page);
  const messages = new MessagesPage(page);
  await openMessages(app);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Messages');
  await messages.openTab('Business and sending');

  await messages.fillBusiness({ ...business, replyAddress: 'claire@', placeId: '' });
  await messages.saveBusiness();
  await expect(messages.fieldError('msg-business-replyAddress')).toHaveText('Enter an email address such as contact@example.com.');
  await expect(messages.status).toContainText('Nothing was saved');
  expect((await app.api('settings.get', {})).business.name).not.toBe(business.name);

  await messages.fillBusiness({ replyAddress: business.replyAddress, placeId: 'ChIJN1t_tDeuEmsRUsoyG83frY4', promoCode: 'FREESHIP' });
  await expect(messages.reviewLink).toHaveAttribute('href', 'https://search.google.com/local/writereview?placeid=ChIJN1t_tDeuEmsRUsoyG83frY4');
  await expect(messages.reviewLink).toHaveText('https://search.google.com/local/writereview?placeid=ChIJN1t_tDeuEmsRUsoyG83frY4');
  await expect(messages.footerExample).toContainText('Atelier Lumière, 12 rue des Lampes, 69001 Lyon');
  await expect(messages.footerExample).toContainText(`reply "stop" or unsubscribe here: mailto:${business.replyAddress}?subject=unsubscribe`);
  await page.getByLabel('Your time zone').selectOption('Europe/Brussels');
  await page.getByLabel('Saturday').check();
  await messages.saveBusiness();
  await expect(messages.status).toHaveText('Saved. Messages use these details from now on.');

  const saved = await app.api('settings.get', {});
  expect(saved.business).toEqual(business);
  expect(saved.timeZone).toBe('Europe/Brussels');
  expect(saved.sendWindow.days).toEqual([1, 2, 3, 4, 5, 6]);
  expect(saved.googlePlaceId).toBe('ChIJN1t_tDeuEmsRUsoyG83frY4');

  // A Place ID typed wrong shows no link and says what to do.
  await page.getByLabel(/^Google Place ID/).fill('not a place id');
  await expect(messages.reviewLink).toHaveCount(0);
  await expect(page.getByTestId('review-link')).toContainText('copy it again from Google');
  await app.expectClean();
});

test('edit a template, preview it as a seeded contact in French and English, then reset it', async ({ page }) => {
  const app = new AppPage(page);
  const messages = new MessagesPage(page);
  const lastName = `Preview${unique()}`;
  const made = await openMessages(app);
  await app.api('settings.update', { business, promoCode: '' });
  const contact = await app.api('contacts.create', { firstName: 'Héloïse', lastName, email: `heloise.${lastName.toLowerCase()}@example.com`, language: 'fr' });
  made.seeded.push(contact.id);
  await app.api('events.log', { type: 'abandoned_cart', contactId: contact.id, amount: '89,90', currency: 'EUR', items: 'Lampe en laiton', link: 'https://atelier-lumiere.example/cart/42' });

  await messages.openTab('Templates');
  await expect(messages.step('Message 1 · 24 h')).toHaveAttribute('aria-current', 'true');
  await messages.textLanguage('English');
  await expect(messages.subject).toHaveValue('Your cart at {{business_name}}');

  await messages.subject.fill('{{first_name|Hello}}, your {{cart_items|cart}} is waiting');
  await messages.body.fill('Hello {{first_name}},\n\nYour cart: ');
  // Unsaved text survives a look at another tab.
  await messages.openTab('Programs');
  await messages.openTab('Templates');
  await expect(messages.subject).toHaveValue('{{first_name|Hello}}, your {{cart_items|cart}} is waiting');
  await expect(messages.step('Message 1 · 24 h').getByLabel('Unsaved changes')).toBeVisible();
  await messages.body.press('End');
  await messages.mergeField('checkout_link').click();
  await expect(messages.body).toHaveValue('Hello {{first_name}},\n\nYour cart: {{checkout_link}}');
  await expect(messages.mergeField('first_name')).toContainText('required');
  await expect(messages.mergeField('cart_items')).toContainText('with fallback');
  await messages.saveTemplate();
  await expect(page.getByText('Template saved.')).toBeVisible();
  await expect(page.locator('.msg-editor-state')).toHaveText('Edited');

  await messages.previewAs(lastName, lastName);
  await expect(page.getByText(`As Héloïse ${lastName} would receive it`)).toBeVisible();
  const en = messages.rendered('en');
  const fr = messages.rendered('fr');
  await expect(en.locator('.msg-subject')).toHaveText('Subject: Héloïse, your Lampe en laiton is waiting');
  await expect(messages.frame('en').locator('body')).toContainText('Your cart: https://atelier-lumiere.example/cart/42');
  await expect(messages.frame('en').locator('body')).toContainText('12 rue des Lampes');
  await expect(fr.locator('.msg-subject')).toHaveText('Subject: Votre panier chez Atelier Lumière');
  await expect(messages.frame('fr').locator('body')).toContainText('nous les avons mis de côté pour vous.');
  await expect(messages.frame('fr').locator('body')).toContainText('• Lampe en laiton');
  await expect(fr).toContainText('The version they get');
  await expect(page.locator('iframe.msg-frame')).toHaveCount(2);
  for (const frame of await page.locator('iframe.msg-frame').all()) await expect(frame).toHaveAttribute('sandbox', '');

  // The third cart message needs the promo code, which is not set.
  await messages.step('Message 3').click();
  await expect(en).toContainText('Needs attention: missing Promo code.');
  await expect(fr).toContainText('Needs attention: missing Promo code.');
  await expect(en.getByRole('button', { name: 'Open Business and sending' })).toBeVisible();

  await messages.step('Message 1 · 24 h').click();
  await messages.resetTemplate();
  await expect(page.getByText('The shipped text is back.')).toBeVisible();
  await expect(messages.subject).toHaveValue('Your cart at {{business_name}}');
  await expect(page.locator('.msg-editor-state')).toHaveText('Shipped text');
  await expect(en.locator('.msg-subject')).toHaveText('Subject: Your cart at Atelier Lumière');
  const templates = await app.api('templates.list', {});
  expect(templates.filter((t) => t.isEdited)).toEqual([]);
  await app.expectClean();
});

test('programs: switch one off, choose automatic sending, edit the rules', async ({ page }) => {
  const app = new AppPage(page);
  await openMessages(app);
  const card = page.locator('[data-program="reactivation"]');
  await expect(card).toContainText('at most 3 times a year per person, at least 5 months apart');

  await card.getByRole('switch').uncheck();
  await expect(card.getByRole('status').first()).toHaveText('Saved.');
  await expect(card.getByRole('button', { name: 'Start the campaign' })).toBeDisabled();
  await expect(card).toContainText('Turn reactivation on to start a campaign.');
  await card.getByRole('switch').check();
  await card.getByRole('radio', { name: /^Send automatically/ }).check();

  await card.getByLabel('At most, per year').fill('9');
  await card.getByRole('button', { name: 'Save rules' }).click();
  await expect(card.locator('.field-error')).toHaveText('Enter a whole number from 1 to 6.');
  await card.getByLabel('At most, per year').fill('2');
  await card.getByLabel('Months between two').fill('6');
  await card.getByRole('button', { name: 'Save rules' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Rules saved.' })).toBeVisible();
  await expect(card).toContainText('at most 2 times a year per person, at least 6 months apart');

  const saved = await app.api('settings.get', {});
  expect(saved.reactivation).toMatchObject({ isEnabled: true, isAutomatic: true, maxPerYear: 2, minGapMonths: 6 });
  await app.expectClean();
});

test('start a reactivation campaign on a segment and see what was planned', async ({ page }) => {
  const app = new AppPage(page);
  const made = await openMessages(app);
  const tag = `quiet${unique()}`;
  await app.api('settings.update', { business });
  for (const [index, consent] of [{ basis: 'consent' as const }, null].entries()) {
    const contact = await app.api('contacts.create', { firstName: `Quiet${index}`, lastName: tag, email: `q${index}.${tag}@example.com`, tags: [tag], consent });
    made.seeded.push(contact.id);
  }
  const segment = await app.api('segments.save', { name: `Quiet ${tag}`, filter: { conditions: [{ field: 'tag', op: 'has', value: tag }] } });
  made.segments.push(segment.id);
  await page.reload();

  const card = page.locator('[data-program="reactivation"]');
  await card.getByLabel('Segment to ask').selectOption({ label: `Quiet ${tag} (2)` });
  await card.getByRole('button', { name: 'Start the campaign' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Ask Quiet ${tag}?`);
  await expect(dialog).toContainText('Up to 2 messages will wait in the Outbox for your approval.');
  await dialog.getByRole('button', { name: 'Start the campaign' }).click();

  const result = card.locator('.msg-campaign-result');
  await expect(result).toContainText(/^Done: \d+ planned, \d+ held for later or waiting for details, 0 left out\./);
  const [planned, deferred] = ((await result.innerText()).match(/\d+/g) ?? []).map(Number);
  // The contact without a legal basis waits for one; nobody is dropped.
  expect(deferred).toBeGreaterThanOrEqual(1);
  expect(planned! + deferred!).toBe(2);
  await expect(result.getByRole('link', { name: 'Open the Outbox' })).toHaveAttribute('href', '#/outbox');
  await app.expectClean();
});
