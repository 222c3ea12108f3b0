import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { MessagesPage } from './pages/messages-page';
import { OutboxPage } from './pages/outbox-page';
import { shoot } from './pages/screenshots';
import { LogDialog } from './pages/timeline-page';

const unique = () => Math.random().toString(36).slice(2, 8);
type Contact = { id: string };
type Entry = { program: string; step: number; state: string };

test.use({ timezoneId: 'Europe/Paris' });

// The stage programs: an unpaid order gets its payment message in the Outbox, a quote
// logged from the Log… dialog its follow-ups, and the Programs tab shows their switches, in
// English and French.
test('a pending order and a quote plan their stage messages; the programs show their switches', async ({ page }) => {
  const app = new AppPage(page);
  const outbox = new OutboxPage(page);
  const messages = new MessagesPage(page);
  const lastName = `Stage${unique()}`;
  await app.open('home');
  // The host is shared with the other specs: what this test changes goes back at the end.
  const before = await app.api('settings.get', {});
  await app.setLanguage('en');
  await app.api('settings.update', {
    business: { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: 'https://shop.example.com' },
    promoCode: 'LIVRAISON',
    checkoutUnpaid: { isEnabled: true, isAutomatic: false },
    quoteFollowUp: { isEnabled: true, isAutomatic: false },
  });
  const buyer = await app.api('contacts.create', {
    firstName: 'Ana', lastName, email: `ana.${lastName}@example.com`, language: 'en', country: 'FR', consent: { basis: 'consent', source: 'shop', at: null },
  });
  await app.api('events.log', {
    type: 'order', contactId: buyer.id, occurredAt: new Date(Date.now() - 2 * 3_600_000).toISOString(), amount: '64,00', currency: 'EUR',
    reference: '#2041', items: 'Lampe Alba', outcome: 'pending',
  });
  const prospect = await app.api('contacts.create', {
    firstName: 'Bruno', lastName, email: `bruno.${lastName}@example.com`, language: 'fr', country: 'FR', kind: 'prospect', consent: { basis: 'consent', source: 'call', at: null },
  });

  // The quote, logged by hand from the Log… dialog.
  const log = new LogDialog(page);
  await log.open();
  await log.pick(`Bruno ${lastName}`, `Bruno ${lastName}`);
  await log.logForm.form.getByLabel('What happened').selectOption({ label: 'Quote sent' });
  await log.logForm.form.getByLabel('Quote number').fill('D-2026-014');
  await log.logForm.form.getByLabel('Amount').fill('1200');
  await log.logForm.submit();
  await expect(log.dialog.getByRole('status')).toContainText('Quote sent');
  await page.keyboard.press('Escape');

  const planned = await app.api('outbox.list', { view: 'upcoming', contactId: buyer.id, offset: 0, limit: 10 });
  expect(planned.rows.map((row) => [row.program, row.step, row.state])).toEqual([['checkout-unpaid', 1, 'scheduled'], ['checkout-unpaid', 2, 'scheduled'], ['checkout-unpaid', 3, 'scheduled']]);
  const quoted = await app.api('outbox.list', { view: 'upcoming', contactId: prospect.id, offset: 0, limit: 10 });
  expect(quoted.rows.map((row) => [row.program, row.step])).toEqual([['quote-follow-up', 1], ['quote-follow-up', 2]]);

  await app.nav('Outbox').click();
  await outbox.openTab('upcoming');
  const first = outbox.item(`Ana ${lastName}`).first();
  await expect(first.locator('.outbox-program')).toHaveText('Payment reminder 1 of 3');
  await expect(first.locator('.outbox-reason')).toContainText('Order unpaid: message 1 of 3, unless they pay or reply');
  await first.click();
  await expect(outbox.fact('Message')).toHaveText('Payment reminder 1 of 3');
  await expect(outbox.preview.locator('body')).toContainText('Your payment to Atelier Lumière did not go through');
  await expect(outbox.preview.locator('body')).toContainText('Lampe Alba');
  await expect(outbox.item(`Bruno ${lastName}`).first().locator('.outbox-program')).toHaveText('Quote follow-up 1 of 2');
  await shoot(page, 'stage-outbox-en');

  await app.nav('Messages').click();
  await messages.openTab('Programs');
  const card = page.locator('section.msg-program[data-program="product-viewed"]');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Product viewed');
  await card.getByRole('switch').uncheck();
  await expect(card.getByRole('switch')).not.toBeChecked();
  expect((await app.api('settings.get', {})).productViewed.isEnabled).toBe(false);
  await card.getByRole('switch').check();
  await expect(card).toHaveAttribute('data-enabled', 'true');
  await card.scrollIntoViewIfNeeded();
  await shoot(page, 'stage-programs-en', page.locator('.msg-programs'));

  await app.setLanguage('fr');
  await app.nav('Messages').click();
  await messages.openTab('Programmes');
  await expect(page.locator('section.msg-program[data-program="checkout-unpaid"] h2')).toHaveText('Paiement non finalisé');
  await expect(page.locator('section.msg-program[data-program="quote-follow-up"] h2')).toHaveText('Relance de devis');
  await shoot(page, 'stage-programs-fr', page.locator('.msg-programs'));
  await app.nav('Boîte d’envoi').click();
  await outbox.openTab('upcoming');
  const premier = outbox.item(`Ana ${lastName}`).first();
  await expect(premier.locator('.outbox-program')).toHaveText('Rappel de paiement 1 sur 3');
  await premier.click();
  await expect(outbox.preview.locator('body')).toContainText('Your payment to Atelier Lumière did not go through');
  await expect(outbox.item(`Bruno ${lastName}`).first().locator('.outbox-program')).toHaveText('Relance de devis 1 sur 2');
  await shoot(page, 'stage-outbox-fr');
  await app.api('settings.update', before);
  await app.expectClean();
});
