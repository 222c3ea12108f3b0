// The built-in segments computed in plain TypeScript over rows read back from the database, so
// tests compare the SQL with an independent reading of the same rules (not the same query).

import { DAY_MS } from '../../time-units';

export type HandContact = { id: string; kind: string; createdAt: number };
// `outcome` as stored: only a completed order, gift or refund counts; a recovered cart is not open.
export type HandEvent = { contactId: string; type: string; occurredAt: number; reference: string | null; outcome: string };

const MEANINGFUL = new Set(['order', 'donation', 'reply', 'call', 'meeting']);

// Month arithmetic by hand: same wall time, day clamped to the target month's length, UTC.
const monthsBefore = (ms: number, months: number): number => {
  const d = new Date(ms);
  let year = d.getUTCFullYear();
  let month = d.getUTCMonth() - months;
  while (month < 0) {
    month += 12;
    year -= 1;
  }
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
};

const yearStart = (ms: number, startMonth: number): number => {
  const d = new Date(ms);
  const year = d.getUTCMonth() + 1 >= startMonth ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  return Date.UTC(year, startMonth - 1, 1);
};

const byContact = (events: HandEvent[]): Map<string, HandEvent[]> => {
  const map = new Map<string, HandEvent[]>();
  for (const event of events) map.set(event.contactId, [...(map.get(event.contactId) ?? []), event]);
  return map;
};

export const handCounts = (contacts: HandContact[], events: HandEvent[], now: number): Record<string, number> => {
  const timeline = byContact(events);
  const all = (id: string, type: string) => (timeline.get(id) ?? []).filter((e) => e.type === type);
  const of = (id: string, type: string) => all(id, type).filter((e) => e.outcome === 'completed');
  const gifts = (id: string) => {
    const refunded = new Set(of(id, 'refund').map((r) => r.reference));
    return of(id, 'donation').filter((d) => !refunded.has(d.reference));
  };
  const lastOf = (list: HandEvent[]) => (list.length === 0 ? null : Math.max(...list.map((e) => e.occurredAt)));
  const isQuietSince = (c: HandContact, cutoff: number) => {
    const last = lastOf((timeline.get(c.id) ?? []).filter((e) => MEANINGFUL.has(e.type) && e.outcome === 'completed'));
    return last === null ? c.createdAt < cutoff : last < cutoff;
  };
  const thisYear = yearStart(now, 1);
  const lastYear = Date.UTC(new Date(thisYear).getUTCFullYear() - 1, 0, 1);

  const rules: Record<string, (c: HandContact) => boolean> = {
    'carts-to-recover': (c) => {
      const carts = all(c.id, 'abandoned_cart').filter((a) => a.occurredAt >= now - 7 * DAY_MS && a.occurredAt <= now && a.outcome !== 'recovered');
      const latest = lastOf(carts);
      return latest !== null && !of(c.id, 'order').some((o) => o.occurredAt >= latest);
    },
    'lapsed-customers': (c) => {
      const last = lastOf(of(c.id, 'order'));
      return last !== null && last < monthsBefore(now, 6);
    },
    lybunt: (c) => {
      const last = lastOf(gifts(c.id));
      return last !== null && last >= lastYear && last < thisYear;
    },
    sybunt: (c) => {
      const last = lastOf(gifts(c.id));
      return last !== null && last < lastYear;
    },
    'silent-prospects': (c) => c.kind === 'prospect' && isQuietSince(c, monthsBefore(now, 3)),
    'review-ready': (c) =>
      all(c.id, 'delivery').some(
        (d) =>
          d.occurredAt <= now - 5 * DAY_MS &&
          !all(c.id, 'review_request').some((r) => (d.reference === null ? r.occurredAt >= d.occurredAt : r.reference === d.reference)),
      ),
    'beyond-3-years': (c) => isQuietSince(c, monthsBefore(now, 36)),
    // Counted from the outbox, which these contacts-and-events files never fill: its own test is
    // core/programs/three-year-rule.test.ts.
    'repermission-unanswered': () => false,
  };
  return Object.fromEntries(Object.entries(rules).map(([id, isIn]) => [id, contacts.filter(isIn).length]));
};
