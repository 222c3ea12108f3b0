import { sql } from 'drizzle-orm';
import { writeTransaction } from '../../db/open-database';
import { contactEvents, settings } from '../../db/schema';
import type { CoreContext } from '../context';
import { insertContact } from '../contacts/contacts-store';
import { normaliseContact } from '../contacts/normalise-contact';
import { timeOrderedId } from '../ids';
import { HOUR_MS } from '../time-units';
import { demoPeople, seeded } from './demo-people';
import { demoHistory, type DemoEvent } from './demo-timeline';

const EVENT_BATCH = 500;

const DEMO_BUSINESS = {
  business: { name: 'Atelier Lumière', senderName: 'Claire Martin', replyAddress: 'bonjour@atelier-lumiere.example.com', postalAddress: '12 rue des Artisans, 69001 Lyon', website: 'https://atelier-lumiere.example.com' },
  googlePlaceId: 'ChIJ-demo-atelier-lumiere',
  promoCode: 'LIVRAISON-OFFERTE',
};

// Fills an empty demo database so a newcomer sees a living app; leaves a used one alone.
export const seedDemo = (ctx: Pick<CoreContext, 'db' | 'clock'>, count = 300): number => {
  const existing = ctx.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM contacts`)!.n;
  if (existing > 0) return 0;
  const start = ctx.clock.now().getTime();
  const random = seeded(20261126);
  writeTransaction(ctx.db, (tx) => {
    const events: (DemoEvent & { id: string; contactId: string; source: string; createdAt: number })[] = [];
    demoPeople(count).forEach((person, i) => {
      const history = demoHistory(person, i, start, random);
      const normalised = normaliseContact(person, 'FR');
      const prospect = history.prospect;
      const row = prospect ? { ...normalised.row, prospectStatus: prospect.status, statusSince: prospect.since, interest: prospect.interest } : normalised.row;
      // Spread creation dates over the past two years so sorting by date means something.
      const id = insertContact(tx, { ...normalised, row }, start - (count - i) * 3 * HOUR_MS);
      for (const event of history.events) events.push({ ...event, id: timeOrderedId(), contactId: id, source: 'manual', createdAt: start });
    });
    for (let i = 0; i < events.length; i += EVENT_BATCH) tx.insert(contactEvents).values(events.slice(i, i + EVENT_BATCH)).run();
    // An invented business, so the outbox shows ready messages rather than "missing: business name".
    for (const [key, value] of Object.entries(DEMO_BUSINESS)) {
      tx.insert(settings).values({ key, value: JSON.stringify(value) }).onConflictDoNothing().run();
    }
  });
  return count;
};
