import { parseArgs } from 'node:util';
import type { Report } from '../../api';
import { minorDigits } from '../../core/money/currency';
import { isRealDay } from '../../core/reports/report-range';
import { callCore } from '../call';
import { CliError, formatTable } from '../output';
import { withCore } from '../with-core';

const options = {
  'data-dir': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  json: { type: 'boolean', default: false },
  demo: { type: 'boolean', default: false },
} as const;

const checkDay = (option: string, day: string | undefined): void => {
  if (day === undefined) return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new CliError(`--${option} takes a date such as 2026-11-30, not "${day}".`, 2);
  if (!isRealDay(day)) throw new CliError(`--${option} ${day} is not a day of the calendar.`, 2);
};

// Amounts as people read them: 45.00 EUR, 1200 JPY; each currency apart, never added up.
const money = (byCurrency: Record<string, number>): string =>
  Object.entries(byCurrency)
    .sort()
    .map(([currency, minor]) => `${(minor / 10 ** minorDigits(currency)).toFixed(minorDigits(currency))} ${currency}`)
    .join(', ') || '-';

// The JSON keeps the page's figures, with the per-step keys in snake_case as the issue names them.
export const reportJson = (report: Report) => ({
  from: report.from,
  to: report.to,
  time_zone: report.timeZone,
  attribution_days: report.attributionDays,
  programs: report.programs.map((p) => ({
    program: p.program, step: p.step, prepared: p.prepared, sent: p.sent, bounced: p.bounced, replied: p.replied,
    unsubscribed: p.unsubscribed, converted: p.converted, revenue_minor: p.revenueMinor,
  })),
  cart_funnel: {
    abandoned: report.cartFunnel.abandoned, enrolled: report.cartFunnel.enrolled, recovered_by_message: report.cartFunnel.recoveredByMessage,
    recovered_without_message: report.cartFunnel.recoveredWithoutMessage, lost: report.cartFunnel.lost,
  },
  donors: {
    giving_year: report.donors.givingYear, last_year_donors: report.donors.lastYearDonors, gave_again: report.donors.gaveAgain,
    retention_rate: report.donors.retentionRate, lybunt_won_back: report.donors.lybuntWonBack, new_donors: report.donors.newDonors,
    returning_donors: report.donors.returningDonors, average_gift_minor: report.donors.averageGiftMinor,
  },
  reviews: { requests_sent: report.reviews.requestsSent, reminders_sent: report.reviews.remindersSent, reviews_received: report.reviews.reviewsReceived },
});

const text = (r: Report): string => {
  const programs = r.programs.map((p) => [p.program, String(p.step), ...[p.prepared, p.sent, p.bounced, p.replied, p.unsubscribed, p.converted].map(String), money(p.revenueMinor)]);
  const f = r.cartFunnel;
  const d = r.donors;
  const days = r.attributionDays;
  return [
    `Report from ${r.from} to ${r.to} (${r.timeZone})`,
    '',
    `Messages. Converted: a completed order or donation within ${days['cart-recovery']} days (carts and the stage programs: checkout unpaid, product viewed, quote follow-up), ${days.reactivation} (reactivation) or ${days['review-request']} (reviews) after a message, counted for the last message before it; a refund takes it back.`,
    programs.length === 0 ? 'No message in this range.' : formatTable(['Program', 'Step', 'Prepared', 'Sent', 'Bounced', 'Replied', 'Unsubscribed', 'Converted', 'Brought back'], programs, 60),
    '',
    'Carts',
    formatTable(['Stage', 'Carts'], [
      ['abandoned', String(f.abandoned)], ['enrolled', String(f.enrolled)],
      ...f.recoveredByMessage.map((n, i) => [`recovered by message ${i + 1}`, String(n)]),
      ['recovered without a message', String(f.recoveredWithoutMessage)], ['lost', String(f.lost)],
    ]),
    '',
    `Donors (giving year ${d.givingYear})`,
    formatTable(['Figure', 'Value'], [
      ['donors last giving year', String(d.lastYearDonors)], ['gave again', String(d.gaveAgain)],
      ['retention', d.retentionRate === null ? '-' : `${Math.round(d.retentionRate * 100)} %`], ['LYBUNT won back', String(d.lybuntWonBack)],
      ['new donors', String(d.newDonors)], ['returning donors', String(d.returningDonors)], ['average gift', money(d.averageGiftMinor)],
    ], 100),
    '',
    'Reviews',
    formatTable(['Figure', 'Value'], [
      ['requests sent', String(r.reviews.requestsSent)], ['reminders sent', String(r.reviews.remindersSent)], ['reviews received', String(r.reviews.reviewsReceived)],
    ]),
  ].join('\n');
};

export const runReport = async (argv: string[]): Promise<void> => {
  const { values } = parseArgs({ args: argv, options });
  checkDay('from', values.from);
  checkDay('to', values.to);
  if (values.from && values.to && values.from > values.to) throw new CliError(`--from ${values.from} comes after --to ${values.to}.`, 2);
  const input = { ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}) };
  const report = await withCore(values, async (booted) => {
    try {
      return await callCore(booted, 'reports.get', input);
    } catch (error) {
      // Only the days can be refused (a --from after today with no --to, for instance).
      throw error instanceof CliError ? new CliError(error.message, 2) : error;
    }
  });
  process.stdout.write(values.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : `${text(report)}\n`);
};
