import type { ProspectStatus } from '../../api';
import type { ContactFields } from '../contacts/normalise-contact';
import type { EventValues } from '../timeline/read-event-input';
import { defaultOutcomeOf } from '../events/outcome';
import { DAY_MS } from '../time-units';

// A plausible history for one demo person: orders and deliveries for customers, gifts for
// donors, calls and exchanges for prospects, a few open carts, so the timeline, the figures
// columns and the segments have something to show on first start.

// The same columns a hand-logged event fills.
export type DemoEvent = EventValues;

export type DemoHistory = {
  events: DemoEvent[];
  prospect: { status: ProspectStatus; since: number; interest: string } | null;
};

const CURRENCY: Record<string, string> = { FR: 'EUR', BE: 'EUR', CH: 'CHF', GB: 'GBP', US: 'USD', CA: 'CAD' };
const FR_ITEMS = ['Tasse en grès', 'Tablier en lin', 'Bougie parfumée', 'Carnet relié', 'Savon au miel', 'Plaid en laine'];
const EN_ITEMS = ['Stoneware mug', 'Linen apron', 'Scented candle', 'Bound notebook', 'Honey soap', 'Wool throw'];
const FR_CALLS = ['A demandé les délais de livraison.', 'Rappel au sujet du devis.', 'Question sur la garantie.', 'Intéressé par la nouvelle collection.'];
const EN_CALLS = ['Asked about delivery times.', 'Called back about the quote.', 'Question about the guarantee.', 'Interested in the new range.'];
const FR_INTEREST = ['Abonnement annuel', 'Atelier de poterie pour 8 personnes', 'Cadeaux de fin d’année pour l’équipe', 'Refonte du site vitrine'];
const EN_INTEREST = ['Yearly subscription', 'Pottery workshop for 8 people', 'End-of-year gifts for the team', 'New shop website'];
const STATUSES: ProspectStatus[] = ['new', 'in-discussion', 'stalled', 'stalled', 'won', 'lost'];

type Random = () => number;

export const demoHistory = (person: ContactFields, index: number, now: number, random: Random): DemoHistory => {
  const isFrench = person.language === 'fr';
  const currency = CURRENCY[person.country ?? 'FR'] ?? 'EUR';
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const daysAgo = (max: number, min = 0): number => now - Math.floor((min + random() * (max - min)) * DAY_MS) - Math.floor(random() * DAY_MS);
  const amount = (min: number, max: number): number => Math.round(min + random() * (max - min)) * 100;
  const items = (): string => JSON.stringify(Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({ name: pick(isFrench ? FR_ITEMS : EN_ITEMS), quantity: 1 + Math.floor(random() * 2) })));
  const events: DemoEvent[] = [];
  const add = (event: Partial<DemoEvent> & Pick<DemoEvent, 'type' | 'occurredAt'>) =>
    events.push({ amountMinor: null, currency: null, reference: null, items: null, link: null, note: null, outcome: defaultOutcomeOf(event.type), ...event });

  if (person.kind === 'customer') {
    const orders = Math.floor(random() * 5);
    for (let n = 0; n < orders; n += 1) {
      const at = daysAgo(700, 3);
      const reference = `#${1000 + index * 10 + n}`;
      add({ type: 'order', occurredAt: at, amountMinor: amount(15, 240), currency, reference, items: items() });
      if (random() < 0.8) add({ type: 'delivery', occurredAt: at + 3 * DAY_MS, reference });
    }
    if (random() < 0.15) {
      add({ type: 'abandoned_cart', occurredAt: daysAgo(10), amountMinor: amount(20, 180), currency, items: items(), link: `https://shop.example/cart/${(index * 7919).toString(36)}` });
    }
  } else if (person.kind === 'donor') {
    const gifts = Math.floor(random() * 4);
    for (let n = 0; n < gifts; n += 1) {
      add({ type: 'donation', occurredAt: daysAgo(900, 5), amountMinor: amount(10, 150), currency, reference: `D-${index}-${n}` });
    }
  }
  if (random() < 0.3) add({ type: 'call', occurredAt: daysAgo(400), note: pick(isFrench ? FR_CALLS : EN_CALLS) });

  if (person.kind !== 'prospect') return { events, prospect: null };
  const status = pick(STATUSES);
  const exchangeAt = daysAgo(300, status === 'stalled' ? 60 : 2);
  add({ type: 'exchange', occurredAt: exchangeAt, note: pick(isFrench ? FR_CALLS : EN_CALLS) });
  if (random() < 0.4) add({ type: 'meeting', occurredAt: exchangeAt - 20 * DAY_MS });
  return { events, prospect: { status, since: Math.min(now, exchangeAt + 14 * DAY_MS), interest: pick(isFrench ? FR_INTEREST : EN_INTEREST) } };
};
