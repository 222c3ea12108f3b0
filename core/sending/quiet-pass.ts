import type { SendSummary } from '../../api';
import { openCoreDatabase } from '../open-core-database';
import { emptySummary, isNothingToSend } from './nothing-to-send';

export type QuietPassOptions = { dataDir: string; migrationsFolder: string; now: number };

// `relance send-due` from cron, every few minutes, nearly always with nothing due: it opens the
// database as every start does (migrations, the file's check, upkeep), looks, and answers the
// summary a pass would have given, without loading the sending machinery (docs/performance.md).
// Null when there may be something to do, or the file is damaged: the caller then boots core
// and runs the pass, which says what it found.
export const quietSendSummary = ({ dataDir, migrationsFolder, now }: QuietPassOptions): SendSummary | null => {
  const { database, health } = openCoreDatabase({ dataDir, migrationsFolder, isDemo: false, now });
  try {
    if (health.isDamaged()) return null;
    return isNothingToSend(database.sqlite, now) ? emptySummary() : null;
  } catch {
    // A read that failed (a damaged page the quick check did not reach): the pass reports it.
    return null;
  } finally {
    database.close();
  }
};
