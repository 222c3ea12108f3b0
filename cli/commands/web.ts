import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bootCore } from '../../core/boot';
import { resolveDataDir } from '../../db/data-dir';
import { startServer } from '../../server/create-server';
import { importWorkerLauncher, importWriterFile } from '../import-worker-launcher';
import { reportWorkerLauncher } from '../report-worker-launcher';
import { CliError } from '../output';
import { migrationsFolder, rendererDir } from '../paths';

// A port another program holds (another Relance, often) or one only the system may open, said
// with what to do rather than as Node's EADDRINUSE.
const portProblem = (error: unknown, port: number): CliError | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') return new CliError(`Port ${port} is already in use, by another program or another Relance. Choose another one with --port, or leave --port out to use a free one.`);
  if (code === 'EACCES') return new CliError(`Port ${port} is reserved for the system. Choose one above 1024 with --port, or leave --port out to use a free one.`);
  return undefined;
};

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
  const booted = bootCore({ dataDir, migrationsFolder: migrationsFolder(), host: 'browser', isDemo: values.demo, launchImportWorker: importWorkerLauncher(), importWriterFile: importWriterFile(), launchReportWorker: reportWorkerLauncher() });
  if (booted.database.migration.backupFile) {
    console.log(`Database updated; the previous version is saved at ${booted.database.migration.backupFile}`);
  }
  if (!existsSync(join(rendererDir(), 'index.html'))) {
    console.log('The interface is not built yet: run `npm run build:renderer` (npm run web does it for you).');
  }
  if (booted.health.isDamaged()) console.log(booted.health.refusal().message);
  const running = await startServer({ handlers: booted.handlers, subscribe: booted.events.subscribe, stageFile: booted.stageStream, rendererDir: rendererDir(), port }).catch((error: unknown) => {
    booted.close();
    throw portProblem(error, port) ?? error;
  });
  console.log(`Relance${values.demo ? ' (demo data)' : ''} is running. Open this address in your browser:`);
  // The key rides in the fragment, which a browser never sends to a server (nor to its logs).
  console.log(`  ${running.url}#token=${running.token}`);
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
