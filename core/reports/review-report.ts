import type { ProgramStepReport, ReviewReport } from '../../api';
import type { Db } from '../../db/open-database';
import type { ReportRange } from './report-range';

type Sqlite = Db['$client'];

// Requests (step 1) and reminders (later steps) sent in the range, as the programs' figures count
// them (a second pass over the outbox cost 150 ms at 100k rows). Reviews received: the `review`
// events the owner logged (a platform does not tell Relance who reviewed).
export const reviewReport = (sqlite: Sqlite, range: ReportRange, programs: readonly ProgramStepReport[]): ReviewReport => {
  const reviews = programs.filter((p) => p.program === 'review-request');
  return {
    requestsSent: reviews.filter((p) => p.step === 1).reduce((sum, p) => sum + p.sent, 0),
    remindersSent: reviews.filter((p) => p.step >= 2).reduce((sum, p) => sum + p.sent, 0),
    reviewsReceived: sqlite.prepare("SELECT count(*) FROM contact_events WHERE type = 'review' AND occurred_at >= ? AND occurred_at < ?").pluck()
      .get(range.startMs, range.endMs) as number,
  };
};
