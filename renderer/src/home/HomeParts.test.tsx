import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MonthlyStats, SegmentSummary } from '../../../api';
import { I18nProvider, translator, type Language } from '../i18n/i18n';
import { chartSummary } from './chart-data';
import { GettingStarted } from './GettingStarted';
import { MonthlyTable } from './MonthlyTable';
import { SegmentCards } from './SegmentCards';

const render = (language: Language, node: ReactNode): string =>
  renderToStaticMarkup(<I18nProvider language={language}>{node}</I18nProvider>);

const summary = (id: string, count: number, kind: SegmentSummary['kind'] = 'built-in'): SegmentSummary => ({
  id,
  kind,
  name: id,
  description: '',
  rule: '',
  count,
  params: id === 'carts-to-recover' ? { days: 7 } : {},
  paramLimits: {},
  filter: null,
});

const months = (count: number): MonthlyStats['months'] =>
  Array.from({ length: count }, (_, i) => ({
    month: `2025-${String(i + 1).padStart(2, '0')}`,
    orders: i,
    ordersMinor: i * 1000,
    donations: i === 11 ? 1 : 0,
    donationsMinor: i === 11 ? 123456 : 0,
  }));

describe('Home cards', () => {
  it('show the built-in segments only, an empty one marked as such', () => {
    const html = render('en', <SegmentCards segments={[summary('carts-to-recover', 0), summary('lybunt', 3), summary('vip', 9, 'custom')]} onOpen={() => {}} />);
    expect(html).toContain('data-segment="carts-to-recover" data-empty="true"');
    expect(html).toContain('No cart to recover today');
    expect(html).toContain('3 donors gave last year but not yet this year');
    expect(html).not.toContain('vip');
  });

  it('an empty list says how to begin: add a contact or import', () => {
    const html = render('fr', <GettingStarted onGo={() => {}} />);
    expect(html).toContain('Ajouter un contact');
    expect(html).toContain('Importer un fichier');
  });
});

describe('monthly figures as text', () => {
  const stats: MonthlyStats = { currency: 'EUR', currencies: ['EUR', 'USD'], months: months(12) };

  it('are a table with month names and amounts per language', () => {
    const html = render('fr', <MonthlyTable stats={stats} />);
    expect(html.match(/<tr>/g)).toHaveLength(13);
    expect(html).toContain('<th scope="row">décembre 2025</th><td>11</td><td>110,00\u00a0€</td><td>1</td><td>1\u202f234,56\u00a0€</td>');
    expect(render('en', <MonthlyTable stats={stats} />)).toContain('<th scope="row">December 2025</th><td>11</td><td>€110.00</td><td>1</td><td>€1,234.56</td>');
  });

  it('add up in one sentence, with counts only when no amount has a currency', () => {
    expect(chartSummary(translator('en'), 'en', stats)).toBe('Over these months: 66 orders (€660.00) and 1 donation (€1,234.56).');
    expect(chartSummary(translator('fr'), 'fr', { ...stats, currency: null, currencies: [] })).toBe('Sur ces mois\u00a0: 66 commandes et 1 don.');
  });
});
