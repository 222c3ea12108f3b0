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
    const result = await work(booted);
    // Reading a damaged database may still work; the person is told why writing will not (a
    // command that failed on the damage has said so already).
    if (booted.health.isDamaged()) process.stderr.write(`relance: ${booted.health.refusal().message}\n`);
    return result;
  } catch (error) {
    // A command that calls core's functions directly gets the same sentence as one through dispatch.
    throw booted.health.explain(error);
  } finally {
    booted.close();
  }
};
