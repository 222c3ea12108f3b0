import { existsSync } from 'node:fs';
import { bootCore, type Booted } from '../core/boot';
import { databaseFile, resolveDataDir } from '../db/data-dir';
import { CliError } from './output';
import { migrationsFolder } from './paths';

// Opens an existing database (a command that reads never creates one by accident), runs the
// work, and closes it whatever happens.
export const withCore = <T>(values: { 'data-dir'?: string; demo: boolean }, work: (booted: Booted) => T): T => {
  const dataDir = resolveDataDir({ flag: values['data-dir'] });
  if (!existsSync(databaseFile(dataDir, values.demo))) {
    throw new CliError(`No Relance database in ${dataDir}. Start Relance with --data-dir ${dataDir} first, or check the folder.`);
  }
  const booted = bootCore({ dataDir, migrationsFolder: migrationsFolder(), host: 'cli', isDemo: values.demo });
  try {
    return work(booted);
  } finally {
    booted.close();
  }
};
