import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { MethodInput } from '../../api';
import type { AppPage } from './app-page';

export type OutboxView = 'today' | 'upcoming' | 'attention' | 'sent';

// The Outbox as the owner sees it: four tabs, a list of messages, the selected one beside it.
export class OutboxPage {
  constructor(readonly page: Page) {}

  tab(view: OutboxView): Locator {
    return this.page.locator(`[role="tab"][data-view="${view}"]`);
  }

  tabCount(view: OutboxView): Locator {
    return this.tab(view).locator('.tab-count');
  }

  async openTab(view: OutboxView): Promise<void> {
    await this.tab(view).click();
    await expect(this.tab(view)).toHaveAttribute('aria-selected', 'true');
  }

  get items(): Locator {
    return this.page.locator('.outbox-item');
  }

  item(text: string): Locator {
    return this.items.filter({ hasText: text });
  }

  get detail(): Locator {
    return this.page.locator('aside.outbox-detail');
  }

  fact(label: string | RegExp): Locator {
    return this.detail.locator('.facts > div').filter({ has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }

  get frame(): Locator {
    return this.detail.locator('iframe.outbox-frame');
  }

  get preview(): FrameLocator {
    return this.detail.frameLocator('iframe.outbox-frame');
  }

  get status(): Locator {
    return this.page.locator('.outbox-page [role="status"]');
  }

  button(name: string | RegExp): Locator {
    return this.detail.getByRole('button', { name });
  }

  async skipWithConfirmation(): Promise<void> {
    await this.button(/^(Skip|Écarter)$/).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toContainText(/This message will not be sent|Ce message ne partira pas/);
    await dialog.getByRole('button', { name: /^(Skip this message|Écarter ce message)$/ }).click();
  }

  async edit(subject: string, text: string): Promise<void> {
    await this.button(/^(Edit this message|Modifier ce message)$/).click();
    await this.detail.getByLabel(/^(Subject|Objet)$/).fill(subject);
    await this.detail.getByLabel(/^(Text|Texte)$/).fill(text);
    await this.detail.getByRole('button', { name: /^(Save|Enregistrer)$/ }).click();
  }
}

type Contact = { id: string };

// Seeds through the API, as the owner would: business identity, one contact with a legal basis,
// and an abandoned cart at `cartAt`. Consent, since soft opt-in covers only people who bought before.
export const seedCart = async (
  app: AppPage,
  person: Pick<MethodInput<'contacts.create'>, 'firstName' | 'lastName' | 'email' | 'phone'> & { language: 'en' | 'fr' },
  cartAt: Date,
): Promise<Contact> => {
  await app.api('settings.update', {
    business: { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' },
    promoCode: 'LIVRAISON',
  });
  const contact = await app.api('contacts.create', {
    ...person,
    country: 'FR',
    consent: { basis: 'consent', source: 'shop', at: null },
  });
  await app.api('events.log', {
    type: 'abandoned_cart',
    contactId: contact.id,
    occurredAt: cartAt.toISOString(),
    amount: '129,50',
    currency: 'EUR',
    items: 'Lampe Alba',
    link: 'https://shop.example.com/c/alba',
  });
  return contact;
};
