import { existsSync } from 'node:fs';
import { bootCore, type BootOptions, type Booted } from '../core/boot';
import { databaseFile, resolveDataDir } from '../db/data-dir';
import { CliError } from './output';
import { migrationsFolder } from './paths';
import { stopAtFromEnvironment } from './stop-at';

type Extra = Pick<BootOptions, 'passWaitMs'>;

// Opens an existing database (a command that reads never creates one by accident), runs the
// work, and closes it whatever happens.
export const withCore = async <T>(values: { 'data-dir'?: string | undefined; demo?: boolean | undefined }, work: (booted: Booted) => T | Promise<T>, extra: Extra = {}): Promise<T> => {
  const dataDir = resolveDataDir({ flag: values['data-dir'] });
  const isDemo = values.demo ?? false;
  if (!existsSync(databaseFile(dataDir, isDemo))) {
    throw new CliError(`No Relance database in ${dataDir}. Start Relance with --data-dir ${dataDir} first, or check the folder.`);
  }
  const booted = bootCore({ dataDir, migrationsFolder: migrationsFolder(), host: 'cli', isDemo, stopAt: stopAtFromEnvironment(), ...extra });
  try {
    return await work(booted);
  } finally {
    booted.close();
  }
};
