import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export type LaunchOptions = { dataDir: string; isDemo: boolean };

type LaunchSources = {
  argv: string[];
  env: NodeJS.ProcessEnv;
  // app.getPath('userData'), passed in so this stays a plain function.
  userDataDir: string;
  cwd?: string;
};

// Same flags as `relance web`: --data-dir, then RELANCE_DATA_DIR, then Electron's per-user folder.
// Not strict, because Electron and Chromium put their own switches (and the app path) in argv.
export const parseLaunchOptions = ({ argv, env, userDataDir, cwd = process.cwd() }: LaunchSources): LaunchOptions => {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, demo: { type: 'boolean' } },
    strict: false,
    allowPositionals: true,
  });
  const flag = values['data-dir'];
  const fromFlag = typeof flag === 'string' && flag !== '' && !flag.startsWith('-') ? flag : undefined;
  const dataDir = fromFlag ?? (env.RELANCE_DATA_DIR || userDataDir);
  return { dataDir: resolve(cwd, dataDir), isDemo: values.demo === true };
};
