import type { CartFunnel, DonorReport, Settings } from '../../api';
import type { Db } from '../../db/open-database';
import { cartFunnel } from './cart-funnel';
import { donorReport } from './donor-report';
import type { ReportRange } from './report-range';

// The parts of the page a report worker reads (get-report.ts reads the programs' figures in the
// calling thread meanwhile, and the reviews from them). Kept apart from program-steps.ts, whose
// program list comes from the contract: a worker bundle without zod starts in a fraction of the
// time (docs/performance.md).
export type WorkerPart = 'funnel' | 'donors';

export type PartSettings = Pick<Settings, 'attributionDays' | 'fiscalYearStartMonth' | 'timeZone'>;

export type PartRequest = { part: WorkerPart; range: ReportRange; settings: PartSettings };

export type PartResults = { funnel: CartFunnel; donors: DonorReport };

export const computePart = <P extends WorkerPart>(sqlite: Db['$client'], part: P, { range, settings }: Omit<PartRequest, 'part'>): PartResults[P] => {
  const compute: { [K in WorkerPart]: () => PartResults[K] } = {
    funnel: () => cartFunnel(sqlite, range, settings.attributionDays),
    donors: () => donorReport(sqlite, range, settings.fiscalYearStartMonth, settings.timeZone),
  };
  return compute[part]();
};
