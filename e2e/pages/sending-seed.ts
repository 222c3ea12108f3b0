import type { MethodInput } from '../../api';
import type { AppPage } from './app-page';

const DAY = 86_400_000;

// The contract's own fields, with the ones a sending test needs made required.
export type Person = Required<Pick<MethodInput<'contacts.create'>, 'firstName' | 'lastName'>> & { email: string };
export type SentEntry = { id: string; step: number; state: string; attempts: number };

// Seeds through the API, as the owner would: the business identity, a send window open every day
// at every hour (so a spec runs at any time), and a contact with consent whose cart was left two
// days ago, so the first cart message is due now and the other two are not.
export const seedDueCart = async (app: AppPage, person: Person): Promise<{ id: string }> => {
  await app.api('settings.update', {
    business: { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' },
    promoCode: 'LIVRAISON',
    sendWindow: { days: [0, 1, 2, 3, 4, 5, 6], startHour: 0, endHour: 24 },
  });
  const contact = await app.api('contacts.create', {
    ...person,
    language: 'en',
    country: 'FR',
    consent: { basis: 'consent', source: 'checkout', at: null },
  });
  await app.api('events.log', {
    type: 'abandoned_cart',
    contactId: contact.id,
    occurredAt: new Date(Date.now() - 2 * DAY).toISOString(),
    amount: '129,50',
    currency: 'EUR',
    items: 'Lampe Alba',
    link: 'https://shop.example.com/c/alba',
  });
  return contact;
};

// Every message of one contact, whatever its tab, by step.
export const messagesOf = async (app: AppPage, contactId: string): Promise<SentEntry[]> => {
  const views = ['today', 'upcoming', 'attention', 'sent', 'failed', 'unknown'] as const;
  const pages = await Promise.all(views.map((view) => app.api('outbox.list', { view, contactId, offset: 0, limit: 10 })));
  return pages.flatMap((p) => p.rows).sort((a, b) => a.step - b.step);
};
