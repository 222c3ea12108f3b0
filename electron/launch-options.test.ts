import { describe, expect, it } from 'vitest';
import { parseLaunchOptions } from './launch-options';

const userDataDir = '/home/ada/.config/Relance';
const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseLaunchOptions({ argv, env, userDataDir, cwd: '/work' });

describe('parseLaunchOptions', () => {
  it("defaults to Electron's userData folder", () => {
    expect(parse(['/opt/Relance/relance'])).toEqual({ dataDir: userDataDir, isDemo: false });
  });

  it('takes RELANCE_DATA_DIR over userData, and --data-dir over both', () => {
    expect(parse(['relance'], { RELANCE_DATA_DIR: '/srv/crm' }).dataDir).toBe('/srv/crm');
    expect(parse(['relance', '--data-dir', '/tmp/x'], { RELANCE_DATA_DIR: '/srv/crm' }).dataDir).toBe('/tmp/x');
    expect(parse(['relance', '--data-dir=/tmp/y']).dataDir).toBe('/tmp/y');
  });

  it('reads --demo among the arguments electron . and Chromium add', () => {
    expect(parse(['/node_modules/electron/dist/electron', '.', '--no-sandbox', '--demo', '--data-dir', 'data'])).toEqual({
      dataDir: '/work/data',
      isDemo: true,
    });
  });

  it('ignores a --data-dir without a value rather than opening a folder named like a flag', () => {
    expect(parse(['relance', '--data-dir'])).toEqual({ dataDir: userDataDir, isDemo: false });
    expect(parse(['relance', '--data-dir', '--demo']).dataDir).toBe(userDataDir);
  });
});
