import type { Report, ReportCsvInput, ReportPart } from '../../api';
import type { CoreContext } from '../context';
import { csvFile } from '../text/csv-writer';
import { getReport } from './get-report';

type Table = { header: string[]; rows: (string | number | null)[][] };

// Money as one column per currency the range holds, in minor units, so a spreadsheet sums it.
const currenciesOf = (moneys: readonly Record<string, number>[]): string[] => [...new Set(moneys.flatMap((m) => Object.keys(m)))].sort();

// The column names stay English and snake_case, like `relance report --json`: a spreadsheet
// formula written against them keeps working whatever the interface language.
const TABLES: Record<ReportPart, (report: Report) => Table> = {
  programs: (report) => {
    const currencies = currenciesOf(report.programs.map((p) => p.revenueMinor));
    return {
      header: ['program', 'step', 'prepared', 'sent', 'bounced', 'replied', 'unsubscribed', 'converted', ...currencies.map((c) => `revenue_minor_${c}`)],
      rows: report.programs.map((p) => [p.program, p.step, p.prepared, p.sent, p.bounced, p.replied, p.unsubscribed, p.converted, ...currencies.map((c) => p.revenueMinor[c] ?? 0)]),
    };
  },
  funnel: ({ cartFunnel: f }) => ({
    header: ['stage', 'carts'],
    rows: [
      ['abandoned', f.abandoned], ['enrolled', f.enrolled],
      ['recovered_by_message_1', f.recoveredByMessage[0]!], ['recovered_by_message_2', f.recoveredByMessage[1]!], ['recovered_by_message_3', f.recoveredByMessage[2]!],
      ['recovered_without_message', f.recoveredWithoutMessage], ['lost', f.lost],
    ],
  }),
  donors: ({ donors: d }) => ({
    header: ['figure', 'value'],
    rows: [
      ['giving_year', d.givingYear], ['last_year_donors', d.lastYearDonors], ['gave_again', d.gaveAgain],
      ['retention_rate', d.retentionRate], ['lybunt_won_back', d.lybuntWonBack], ['new_donors', d.newDonors], ['returning_donors', d.returningDonors],
      ...Object.entries(d.averageGiftMinor).sort().map(([currency, amount]): [string, number] => [`average_gift_minor_${currency}`, amount]),
    ],
  }),
  reviews: ({ reviews: r }) => ({
    header: ['figure', 'value'],
    rows: [['requests_sent', r.requestsSent], ['reminders_sent', r.remindersSent], ['reviews_received', r.reviewsReceived]],
  }),
};

export const reportCsv = (report: Report, part: ReportPart): { fileName: string; csv: string } => {
  const { header, rows } = TABLES[part](report);
  return { fileName: `relance-report-${part}-${report.from}-${report.to}.csv`, csv: csvFile(header, rows) };
};

export const getReportCsv = (ctx: Pick<CoreContext, 'db' | 'clock'>, { part, ...range }: ReportCsvInput): { fileName: string; csv: string } =>
  reportCsv(getReport(ctx, range), part);
