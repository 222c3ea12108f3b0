import { homedir } from 'node:os';
import { join } from 'node:path';

type DataDirSources = {
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
};

// Where Relance keeps its database when no --data-dir is given: RELANCE_DATA_DIR, then the
// platform's per-user data folder (XDG on Linux).
export const resolveDataDir = ({
  flag,
  env = process.env,
  platform = process.platform,
  home = homedir(),
}: DataDirSources = {}): string => {
  if (flag) return flag;
  if (env.RELANCE_DATA_DIR) return env.RELANCE_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Relance');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Relance');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'relance');
};

export const databaseFile = (dataDir: string, isDemo = false): string =>
  join(dataDir, isDemo ? 'relance-demo.db' : 'relance.db');

export const defaultMigrationsFolder = (): string => new URL('./migrations', import.meta.url).pathname;
