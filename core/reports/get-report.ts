import type { Report, ReportInput } from '../../api';
import type { CoreContext } from '../context';
import { getSettings } from '../settings/settings-store';
import { cartFunnel } from './cart-funnel';
import { donorReport } from './donor-report';
import { programSteps } from './program-steps';
import { reportRange } from './report-range';
import { reviewReport } from './review-report';

// Every figure of the Reports page (C8) over one range of days; read-only, so no transaction:
// each statement sees a consistent snapshot of its own, and nothing here writes.
export const getReport = (ctx: Pick<CoreContext, 'db' | 'clock'>, input: ReportInput = {}): Report => {
  const settings = getSettings(ctx);
  const range = reportRange(input ?? {}, ctx.clock.now().getTime(), settings.timeZone);
  const sqlite = ctx.db.$client;
  const days = settings.attributionDays;
  const programs = programSteps(sqlite, range, days);
  return {
    from: range.from,
    to: range.to,
    timeZone: settings.timeZone,
    attributionDays: days,
    programs,
    cartFunnel: cartFunnel(sqlite, range, days),
    donors: donorReport(sqlite, range, settings.fiscalYearStartMonth, settings.timeZone),
    reviews: reviewReport(sqlite, range, programs),
  };
};
