import { DomainError } from '../core/errors';
import { DatabaseNewerError, MigrationIntegrityError } from '../db/errors';

export type BootErrorText = { title: string; content: string };

// What the error box says when the database cannot be opened. Our own database errors are
// already worded for the person; anything else gets the folder so they know where to look.
export const describeBootError = (error: unknown, dataDir: string): BootErrorText => {
  const title = 'Relance cannot open its data';
  // Core's start-up refusals (a damaged or emptied file, a read-only folder, a full disk) too.
  if (error instanceof DatabaseNewerError || error instanceof MigrationIntegrityError || error instanceof DomainError) {
    return { title, content: error.message };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { title, content: `Relance could not open the database in ${dataDir}.\n\n${reason}` };
};
