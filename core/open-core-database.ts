import { databaseFile } from '../db/data-dir';
import { openDatabase, type OpenedDatabase } from '../db/open-database';
import { upgradeEmailKeys } from './contacts/upgrade-email-keys';
import { removeLeftoverStagedFiles } from './imports/staging-cleanup';
import { createDatabaseHealth, type DatabaseHealth } from './storage/database-health';
import { openDataFolder } from './storage/open-data-folder';

export type OpenCoreOptions = {
  dataDir: string;
  migrationsFolder: string;
  isDemo: boolean;
  now: number;
  onDamaged?: () => void;
};

export type OpenedCore = { database: OpenedDatabase; health: DatabaseHealth };

// What every start does before core is built: open and migrate the database, check a small
// file, bring old email keys up to date, clear files left staged. Apart from bootCore because
// `relance send-due` starts with these alone when nothing is due (core/sending/quiet-pass.ts),
// and must then leave the folder exactly as a whole start would.
export const openCoreDatabase = ({ dataDir, migrationsFolder, isDemo, now, onDamaged }: OpenCoreOptions): OpenedCore => {
  const database = openDataFolder({ dataDir, isDemo, open: () => openDatabase({ file: databaseFile(dataDir, isDemo), migrationsFolder }) });
  const health = createDatabaseHealth({ sqlite: database.sqlite, file: database.file, dataDir, isDemo, onDamaged });
  if (health.isSmall()) health.check();
  if (!health.isDamaged()) upgradeEmailKeys(database.db.$client, now);
  removeLeftoverStagedFiles(dataDir, now);
  return { database, health };
};
