import type { CartFunnel, DonorReport, ProgramStepReport, ReportCsvInput, ReportPart, ReviewReport } from '../../api';
import type { CoreContext } from '../context';
import { csvFile } from '../text/csv-writer';
import { cartFunnel } from './cart-funnel';
import { donorReport } from './donor-report';
import { reportScope, type ReportScope } from './get-report';
import { programSteps } from './program-steps';
import { reviewReport } from './review-report';

type Table = { header: string[]; rows: (string | number | null)[][] };

// Money as one column per currency the range holds, in minor units, so a spreadsheet sums it.
const currenciesOf = (moneys: readonly Record<string, number>[]): string[] => [...new Set(moneys.flatMap((m) => Object.keys(m)))].sort();

// The column names stay English and snake_case, like `relance report --json`: a spreadsheet
// formula written against them keeps working whatever the interface language.
const programsTable = (programs: readonly ProgramStepReport[]): Table => {
  const currencies = currenciesOf(programs.map((p) => p.revenueMinor));
  return {
    header: ['program', 'step', 'prepared', 'sent', 'bounced', 'replied', 'unsubscribed', 'converted', ...currencies.map((c) => `revenue_minor_${c}`)],
    rows: programs.map((p) => [p.program, p.step, p.prepared, p.sent, p.bounced, p.replied, p.unsubscribed, p.converted, ...currencies.map((c) => p.revenueMinor[c] ?? 0)]),
  };
};

const funnelTable = (f: CartFunnel): Table => ({
  header: ['stage', 'carts'],
  rows: [
    ['abandoned', f.abandoned], ['enrolled', f.enrolled],
    ['recovered_by_message_1', f.recoveredByMessage[0]!], ['recovered_by_message_2', f.recoveredByMessage[1]!], ['recovered_by_message_3', f.recoveredByMessage[2]!],
    ['recovered_without_message', f.recoveredWithoutMessage], ['lost', f.lost],
  ],
});

const donorsTable = (d: DonorReport): Table => ({
  header: ['figure', 'value'],
  rows: [
    ['giving_year', d.givingYear], ['last_year_donors', d.lastYearDonors], ['gave_again', d.gaveAgain],
    ['retention_rate', d.retentionRate], ['lybunt_won_back', d.lybuntWonBack], ['new_donors', d.newDonors], ['returning_donors', d.returningDonors],
    ...Object.entries(d.averageGiftMinor).sort().map(([currency, amount]): [string, number] => [`average_gift_minor_${currency}`, amount]),
  ],
});

const reviewsTable = (r: ReviewReport): Table => ({
  header: ['figure', 'value'],
  rows: [['requests_sent', r.requestsSent], ['reminders_sent', r.remindersSent], ['reviews_received', r.reviewsReceived]],
});

// A download computes only the part it writes (each part alone costs from a sixth to a third of
// the whole page in bench/reports.ts); the reviews need only the review requests' figures.
const TABLES: Record<ReportPart, (scope: ReportScope) => Table> = {
  programs: ({ sqlite, range, settings }) => programsTable(programSteps(sqlite, range, settings.attributionDays)),
  funnel: ({ sqlite, range, settings }) => funnelTable(cartFunnel(sqlite, range, settings.attributionDays)),
  donors: ({ sqlite, range, settings }) => donorsTable(donorReport(sqlite, range, settings.fiscalYearStartMonth, settings.timeZone)),
  reviews: ({ sqlite, range, settings }) => reviewsTable(reviewReport(sqlite, range, programSteps(sqlite, range, settings.attributionDays, 'review-request'))),
};

export const getReportCsv = (ctx: Pick<CoreContext, 'db' | 'clock'>, { part, ...range }: ReportCsvInput): { fileName: string; csv: string } => {
  const scope = reportScope(ctx, range);
  const { header, rows } = TABLES[part](scope);
  return { fileName: `relance-report-${part}-${scope.range.from}-${scope.range.to}.csv`, csv: csvFile(header, rows) };
};
