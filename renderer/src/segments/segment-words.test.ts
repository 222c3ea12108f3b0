import { describe, expect, it } from 'vitest';
import type { CustomFilter, SegmentSummary } from '../../../api';
import { translator } from '../i18n/i18n';
import { filterSentence, segmentName, segmentSentence } from './segment-words';

const builtIn = (rule: string, params: Record<string, number>): SegmentSummary => ({
  id: 'lybunt',
  kind: 'built-in',
  name: 'LYBUNT donors',
  description: 'English from core',
  rule,
  count: 3,
  params,
  paramLimits: {},
  filter: null,
});

describe('segment sentences', () => {
  it('words built-in segments from their rule and parameters, with plurals per language', () => {
    expect(segmentSentence(builtIn('segment.cartsToRecover', { days: 1 }), translator('en'), 'en')).toBe(
      'People who abandoned a cart in the last 1 day and have not ordered since.',
    );
    expect(segmentSentence(builtIn('segment.cartsToRecover', { days: 7 }), translator('fr'), 'fr')).toBe(
      'Personnes qui ont abandonné un panier il y a 7 jours ou moins et n’ont pas commandé depuis.',
    );
    expect(segmentSentence(builtIn('segment.lybunt', { fiscalYearStartMonth: 7 }), translator('fr'), 'fr')).toContain('l’an dernier (année commençant en juillet)');
    expect(segmentSentence(builtIn('segment.lybunt', { fiscalYearStartMonth: 1 }), translator('en'), 'en')).toContain('gave last calendar year');
  });

  it('falls back to core’s sentence for a rule this window does not know', () => {
    expect(segmentSentence(builtIn('segment.fromALaterVersion', {}), translator('fr'), 'fr')).toBe('English from core');
  });

  it('translates built-in names and keeps custom names as typed', () => {
    expect(segmentName({ id: 'lybunt', kind: 'built-in', name: 'LYBUNT donors' }, translator('fr'), 'fr')).toBe('Donateurs LYBUNT');
    expect(segmentName({ id: 'x', kind: 'custom', name: '<b>VIP</b>' }, translator('fr'), 'fr')).toBe('<b>VIP</b>');
  });

  it('names “Beyond 3 years” by its own parameter', () => {
    const beyond = { id: 'beyond-3-years', kind: 'built-in' as const, name: 'Beyond 3 years' };
    expect(segmentName({ ...beyond, params: { years: 3 } }, translator('en'), 'en')).toBe('Beyond 3 years');
    expect(segmentName({ ...beyond, params: { years: 1 } }, translator('fr'), 'fr')).toBe('Au-delà de 1 an');
    expect(segmentName(beyond, translator('fr'), 'fr')).toBe('Au-delà de 3 ans');
  });

  it('words every condition of a custom filter, joined with “and”', () => {
    const filter: CustomFilter = {
      conditions: [
        { field: 'kind', op: 'is', value: 'customer' },
        { field: 'tag', op: 'has', value: 'VIP' },
        { field: 'lifetimeValue', op: 'atLeast', value: 12_050 },
        { field: 'orderCount', op: 'atLeast', value: 2 },
        { field: 'lastOrder', op: 'moreThan', amount: 6, unit: 'months' },
      ],
    };
    expect(filterSentence(filter, translator('en'), 'en')).toBe(
      'Contacts who are customers, tagged “VIP”, who spent or gave at least 120.50 in all, with at least 2 orders and whose last order was more than 6 months ago.',
    );
    expect(filterSentence(filter, translator('fr'), 'fr')).toBe(
      'Contacts qui sont des clients, avec l’étiquette «\u00a0VIP\u00a0», ayant dépensé ou donné au moins 120,50 au total, avec au moins 2 commandes et dont la dernière commande date de plus de 6 mois.',
    );
    expect(filterSentence({ conditions: [{ field: 'lastDonation', op: 'never' }] }, translator('fr'), 'fr')).toBe('Contacts n’ayant jamais donné.');
  });
});
