import type { CustomCondition, CustomFilter, DateUnit } from '../../api';

// The English sentence of a custom segment, for the CLI and logs; the window words the same
// conditions in its own language from the filter itself.

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
const period = (amount: number, unit: DateUnit): string => plural(amount, unit === 'days' ? 'day' : 'month');
const money = (minor: number): string => (minor % 100 === 0 ? String(minor / 100) : (minor / 100).toFixed(2));
const bound = (op: 'atLeast' | 'atMost' | 'exactly'): string => (op === 'atLeast' ? 'at least' : op === 'atMost' ? 'at most' : 'exactly');
const CONSENT: Record<string, string> = {
  consent: 'consent',
  'soft-opt-in': 'soft opt-in',
  'legitimate-interest': 'legitimate interest',
  'charity-opt-out': 'charity opt-out',
  transactional: 'transactional only',
};

const phrase = (c: CustomCondition): string => {
  switch (c.field) {
    case 'kind':
      return `who are${c.op === 'isNot' ? ' not' : ''} ${c.value}s`;
    case 'tag':
      return `${c.op === 'hasNot' ? 'not ' : ''}tagged “${c.value}”`;
    case 'country':
      return `whose country is${c.op === 'isNot' ? ' not' : ''} ${c.value}`;
    case 'language':
      return `whose language is${c.op === 'isNot' ? ' not' : ''} ${c.value}`;
    case 'consent':
      if (c.value === 'none') return c.op === 'is' ? 'with no legal basis recorded' : 'with a legal basis recorded';
      return `whose legal basis is${c.op === 'isNot' ? ' not' : ''} ${CONSENT[c.value]}`;
    case 'unsubscribed':
      return c.op === 'yes' ? 'who unsubscribed' : 'who did not unsubscribe';
    case 'lifetimeValue':
      return `whose lifetime value is ${bound(c.op)} ${money(c.value)}`;
    case 'givenThisYear':
      return `who gave ${bound(c.op)} ${money(c.value)} this giving year`;
    case 'orderCount':
      return `with ${bound(c.op)} ${plural(c.value, 'order')}`;
    case 'donationCount':
      return `with ${bound(c.op)} ${plural(c.value, 'donation')}`;
    case 'lastOrder':
      if (c.op === 'never') return 'who never ordered';
      return c.op === 'inLast' ? `who ordered in the last ${period(c.amount, c.unit)}` : `whose last order was more than ${period(c.amount, c.unit)} ago`;
    case 'lastDonation':
      if (c.op === 'never') return 'who never gave';
      return c.op === 'inLast' ? `who gave in the last ${period(c.amount, c.unit)}` : `whose last donation was more than ${period(c.amount, c.unit)} ago`;
    case 'lastMeaningful':
      if (c.op === 'never') return 'with no order, donation, reply, call or meeting ever';
      return c.op === 'inLast'
        ? `with an order, donation, reply, call or meeting in the last ${period(c.amount, c.unit)}`
        : `with no order, donation, reply, call or meeting for more than ${period(c.amount, c.unit)}`;
    case 'createdAt':
      return c.op === 'inLast' ? `added in the last ${period(c.amount, c.unit)}` : `added more than ${period(c.amount, c.unit)} ago`;
  }
};

export const describeFilter = (filter: CustomFilter): string => {
  const phrases = filter.conditions.map(phrase);
  const last = phrases.pop()!;
  return `Contacts ${phrases.length > 0 ? `${phrases.join(', ')} and ${last}` : last}.`;
};
