import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../../../api';
import { I18nProvider, translator, type Language } from '../i18n/i18n';
import { ClockProvider } from '../shared/clock';
import { attributionText, funnelSummary, moneyLines, programsSummary } from './report-text';
import { ReportView } from './ReportView';

const render = (language: Language, node: ReactNode): string =>
  renderToStaticMarkup(
    <I18nProvider language={language}>
      <ClockProvider timeZone="Europe/Paris">{node}</ClockProvider>
    </I18nProvider>,
  );

const step = (program: Report['programs'][number]['program'], n: number, sent: number, revenueMinor: Record<string, number> = {}) => ({
  program,
  step: n,
  prepared: sent + 1,
  sent,
  bounced: n === 1 ? 1 : 0,
  replied: 2,
  unsubscribed: 0,
  converted: n,
  revenueMinor,
});

// Hand-made, and checked against the contract so the page is tested on the shape core sends.
const report: Report = reportSchema.parse({
  from: '2026-12-01',
  to: '2026-12-07',
  timeZone: 'Europe/Paris',
  attributionDays: { 'cart-recovery': 7, reactivation: 30, 'review-request': 1 },
  programs: [
    step('cart-recovery', 1, 40, { EUR: 123456, USD: 5000 }),
    step('cart-recovery', 2, 25),
    step('reactivation', 1, 12, { EUR: 9900 }),
  ],
  cartFunnel: { abandoned: 60, enrolled: 41, recoveredByMessage: [5, 3, 1], recoveredWithoutMessage: 4, lost: 47 },
  donors: { givingYear: 2026, lastYearDonors: 50, gaveAgain: 32, retentionRate: 0.64, lybuntWonBack: 7, newDonors: 12, returningDonors: 32, averageGiftMinor: { EUR: 4550 } },
  reviews: { requestsSent: 9, remindersSent: 4, reviewsReceived: 1 },
});

const rowsOf = (html: string, testId: string): string[] => {
  const table = html.split(`data-testid="${testId}"`)[1]!.split('</table>')[0]!;
  return [...table.matchAll(/<tr[^>]*data-[a-z]+="[^"]*"[^>]*>(.*?)<\/tr>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|'));
};

describe('the report page', () => {
  it('lists every program step with its counts and its money per currency', () => {
    const rows = rowsOf(render('en', <ReportView report={report} isStale={false} onCsv={() => {}} />), 'reports-programs-table');
    expect(rows).toEqual([
      '|Abandoned-cart recovery|Step 1|41|40|1|2|0|1|€1,234.56|$50.00|',
      '|Abandoned-cart recovery|Step 2|26|25|0|2|0|2|—|',
      '|Reactivation|Step 1|13|12|1|2|0|1|€99.00|',
    ]);
  });

  it('words the funnel, donors and reviews in French', () => {
    const html = render('fr', <ReportView report={report} isStale={false} onCsv={() => {}} />);
    expect(rowsOf(html, 'reports-funnel-table')).toEqual([
      '|Abandonnés|60|',
      '|Relancés par message|41|',
      '|Récupérés après le message 1|5|',
      '|Récupérés après le message 2|3|',
      '|Récupérés après le message 3|1|',
      '|Récupérés sans message|4|',
      '|Perdus|47|',
    ]);
    expect(rowsOf(html, 'reports-donors-table')).toEqual([
      '|Fidélisation|64\u00a0% (32 sur 50)|',
      '|Donateurs perdus revenus|7|',
      '|Don moyen|45,50\u00a0€|',
      '|Nouveaux donateurs|12|',
      '|Donateurs fidèles|32|',
    ]);
    expect(rowsOf(html, 'reports-reviews-table')).toEqual(['|Demandes envoyées|9|', '|Rappels envoyés|4|', '|Avis reçus|1|']);
    expect(html).toContain('Du 1 décembre 2026 au 7 décembre 2026.');
    expect(html).toContain('Télécharger en CSV');
  });

  it('says when there were no donors the year before, rather than a rate of nothing', () => {
    const none = { ...report, donors: { ...report.donors, lastYearDonors: 0, gaveAgain: 0, retentionRate: null } };
    expect(rowsOf(render('en', <ReportView report={none} isStale={false} onCsv={() => {}} />), 'reports-donors-table')[0]).toBe('|Retention|no donors the year before|');
  });

  it('shows an empty range as such, with no chart', () => {
    const empty: Report = { ...report, programs: [], cartFunnel: { abandoned: 0, enrolled: 0, recoveredByMessage: [0, 0, 0], recoveredWithoutMessage: 0, lost: 0 } };
    const html = render('en', <ReportView report={empty} isStale={false} onCsv={() => {}} />);
    expect(html).toContain('No message was prepared in this period.');
    expect(html).toContain('No cart was abandoned in this period.');
    expect(html).not.toContain('reports-programs-table');
  });
});

describe('report sentences', () => {
  it('explain attribution with each program’s window, singular and plural', () => {
    expect(attributionText(translator('en'), 'en', report.attributionDays)).toBe(
      'An order or donation counts for a message when it completes within 7 days (Abandoned-cart recovery), 30 days (Reactivation), or 1 day (Review request) after the message was sent; a refund takes it back.',
    );
    expect(attributionText(translator('fr'), 'fr', report.attributionDays)).toContain('dans les 7 jours (Relance de panier abandonné), 30 jours (Réactivation) ou 1 jour (Demande d’avis) qui suivent son envoi');
  });

  it('sum the programs and the funnel with a noun that agrees with each number', () => {
    expect(programsSummary(translator('en'), 'en', report.programs)).toBe('77 messages sent, 6 replies, and 4 conversions.');
    expect(programsSummary(translator('fr'), 'fr', [step('reactivation', 1, 1)])).toBe('1 message envoyé, 2 réponses et 1 conversion.');
    expect(funnelSummary(translator('fr'), 'fr', report.cartFunnel)).toBe('60 paniers abandonnés : 9 récupérés après un message, 4 récupérés sans message et 47 perdus.');
  });

  it('never add amounts of different currencies', () => {
    expect(moneyLines('en', { USD: 5000, EUR: 123456, GBP: 0 })).toEqual(['€1,234.56', '$50.00']);
  });
});
