import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bootCore } from '../../core/boot';
import { tsWorkerLauncher } from '../../core/imports/worker-launcher';
import { resolveDataDir } from '../../db/data-dir';
import { startServer } from '../../server/create-server';
import { CliError } from '../output';
import { migrationsFolder, rendererDir } from '../paths';

export const runWeb = async (argv: string[]): Promise<void> => {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      demo: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('--port takes a number from 0 to 65535.');
  const dataDir = resolveDataDir({ flag: values['data-dir'] });
  const booted = bootCore({ dataDir, migrationsFolder: migrationsFolder(), host: 'browser', isDemo: values.demo, launchImportWorker: tsWorkerLauncher });
  if (booted.database.migration.backupFile) {
    console.log(`Database updated; the previous version is saved at ${booted.database.migration.backupFile}`);
  }
  if (!existsSync(join(rendererDir(), 'index.html'))) {
    console.log('The interface is not built yet: run `npm run build:renderer` (npm run web does it for you).');
  }
  const running = await startServer({ handlers: booted.handlers, subscribe: booted.events.subscribe, stageFile: booted.stageFile, rendererDir: rendererDir(), port });
  console.log(`Relance${values.demo ? ' (demo data)' : ''} is running. Open this address in your browser:`);
  console.log(`  ${running.url}?token=${running.token}`);
  console.log(`Data: ${booted.database.file}`);
  console.log('Press Ctrl+C to stop.');
  // While it runs, it plans on a timer and sends what is due, as the desktop app does.
  booted.start();

  const stop = async () => {
    await booted.stop();
    await running.close();
    booted.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};
