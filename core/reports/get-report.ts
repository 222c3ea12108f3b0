import type { ProgramStepReport, Report, ReportInput, Settings } from '../../api';
import type { CoreContext } from '../context';
import type { Db } from '../../db/open-database';
import { getSettings } from '../settings/settings-store';
import { programSteps } from './program-steps';
import { computePart, type PartResults, type PartSettings, type WorkerPart } from './report-parts';
import { reportRange, type ReportRange } from './report-range';
import { ReportWorkerGone } from './report-workers';
import { reviewReport } from './review-report';

// What every part of the report reads: the connection, its days and the owner's settings.
export type ReportScope = { sqlite: Db['$client']; range: ReportRange; settings: Settings };

export const reportScope = (ctx: Pick<CoreContext, 'db' | 'clock'>, input: ReportInput = {}): ReportScope => {
  const settings = getSettings(ctx);
  return { sqlite: ctx.db.$client, range: reportRange(input ?? {}, ctx.clock.now().getTime(), settings.timeZone), settings };
};

// Every figure of the Reports page (C8) over one range of days; read-only, so no transaction:
// each statement sees a consistent snapshot of its own, and nothing here writes.
// Each part is a read on its own (programs 135, funnel 105, donors 144 ms of CPU over the bench's
// corpus): with report workers, the funnel and the donors are read by two worker threads, each on
// its own connection, while this thread reads the programs, so the page takes about its longest
// part rather than their sum (docs/performance.md). Without workers, one after the other here.
export const getReport = async (ctx: Pick<CoreContext, 'db' | 'clock' | 'reportWorkers'>, input: ReportInput = {}): Promise<Report> => {
  const { sqlite, range, settings } = reportScope(ctx, input);
  const request = { range, settings: { attributionDays: settings.attributionDays, fiscalYearStartMonth: settings.fiscalYearStartMonth, timeZone: settings.timeZone } satisfies PartSettings };
  const workers = ctx.reportWorkers;
  // A part whose worker died is read here instead: the page never loses a figure to a thread.
  const elsewhere = <P extends WorkerPart>(part: P, slot: number): Promise<PartResults[P]> =>
    workers!.run(slot, { part, ...request }).catch((error: unknown) => (error instanceof ReportWorkerGone ? computePart(sqlite, part, request) : Promise.reject(error)));
  const away = workers ? Promise.all([elsewhere('funnel', 0), elsewhere('donors', 1)]) : null;
  let programs: ProgramStepReport[];
  try {
    programs = programSteps(sqlite, range, settings.attributionDays);
  } catch (error) {
    // The workers' answers are awaited (and any failure of theirs dropped): none is left unhandled.
    await away?.catch(() => undefined);
    throw error;
  }
  const [cartFunnel, donors] = away ? await away : [computePart(sqlite, 'funnel', request), computePart(sqlite, 'donors', request)];
  return {
    from: range.from,
    to: range.to,
    timeZone: settings.timeZone,
    attributionDays: settings.attributionDays,
    programs,
    cartFunnel,
    donors,
    reviews: reviewReport(sqlite, range, programs),
  };
};
