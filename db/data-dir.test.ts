import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFile, resolveDataDir } from './data-dir';

describe('resolveDataDir', () => {
  const home = '/home/ada';

  it('prefers --data-dir, then RELANCE_DATA_DIR', () => {
    expect(resolveDataDir({ flag: '/flag', env: { RELANCE_DATA_DIR: '/env' }, platform: 'linux', home })).toBe('/flag');
    expect(resolveDataDir({ env: { RELANCE_DATA_DIR: '/env' }, platform: 'linux', home })).toBe('/env');
  });

  it('follows XDG on Linux', () => {
    expect(resolveDataDir({ env: {}, platform: 'linux', home })).toBe(join(home, '.local', 'share', 'relance'));
    expect(resolveDataDir({ env: { XDG_DATA_HOME: '/xdg' }, platform: 'linux', home })).toBe(join('/xdg', 'relance'));
  });

  it('uses the per-user application folders on macOS and Windows', () => {
    expect(resolveDataDir({ env: {}, platform: 'darwin', home })).toBe(join(home, 'Library', 'Application Support', 'Relance'));
    expect(resolveDataDir({ env: { APPDATA: '/appdata' }, platform: 'win32', home })).toBe(join('/appdata', 'Relance'));
  });
});

describe('databaseFile', () => {
  it('keeps the demo data in its own file', () => {
    expect(databaseFile('/data')).toBe(join('/data', 'relance.db'));
    expect(databaseFile('/data', true)).toBe(join('/data', 'relance-demo.db'));
  });
});
