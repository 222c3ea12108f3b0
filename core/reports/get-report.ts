import type { Report, ReportInput, Settings } from '../../api';
import type { CoreContext } from '../context';
import type { Db } from '../../db/open-database';
import { getSettings } from '../settings/settings-store';
import { programSteps } from './program-steps';
import { computePart, type PartResults, type PartSettings, type WorkerPart } from './report-parts';
import { reportRange, type ReportRange } from './report-range';
import { ReportWorkerGone, type ReportJob } from './report-workers';
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
// corpus): with report workers, the funnel and the donors are asked of two worker threads, each on
// its own connection, while this thread reads the programs, so the page takes about its longest
// part rather than their sum. A part whose worker is not ready (a small file's first page: its
// threads are started once it is read, so it never waits for them; a large file's host starts
// them a second after it is up, core/boot.ts) or has not begun it by the time the programs are
// read (a machine too loaded to run it) is read here instead (docs/performance.md).
export const getReport = async (ctx: Pick<CoreContext, 'db' | 'clock' | 'reportWorkers'>, input: ReportInput = {}): Promise<Report> => {
  const { sqlite, range, settings } = reportScope(ctx, input);
  const request = { range, settings: { attributionDays: settings.attributionDays, fiscalYearStartMonth: settings.fiscalYearStartMonth, timeZone: settings.timeZone } satisfies PartSettings };
  const here = <P extends WorkerPart>(part: P): PartResults[P] => computePart(sqlite, part, request);
  const workers = ctx.reportWorkers;
  const away = <P extends WorkerPart>(slot: number, part: P): ReportJob<P> | null => {
    if (!workers?.isReady(slot)) return null;
    const job = workers.run(slot, { part, ...request });
    // A worker that died before answering: its part is read here instead.
    const result = job.result.catch((error: unknown) => (error instanceof ReportWorkerGone ? here(part) : Promise.reject(error)));
    // Awaited below; marked handled so a failure here first leaves no rejection unhandled.
    result.catch(() => undefined);
    return { result, takeBack: job.takeBack };
  };
  const asked = { funnel: away(0, 'funnel'), donors: away(1, 'donors') };
  const programs = programSteps(sqlite, range, settings.attributionDays);
  const cartFunnel = asked.funnel && !asked.funnel.takeBack() ? asked.funnel.result : here('funnel');
  const donors = asked.donors && !asked.donors.takeBack() ? asked.donors.result : here('donors');
  workers?.warm();
  return {
    from: range.from,
    to: range.to,
    timeZone: settings.timeZone,
    attributionDays: settings.attributionDays,
    programs,
    cartFunnel: await cartFunnel,
    donors: await donors,
    reviews: reviewReport(sqlite, range, programs),
  };
};
