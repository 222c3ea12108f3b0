import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FuseContext } from '../build/electron-fuses.mjs';

// Packaging cannot run on this machine (it downloads Electron): the afterPack hook is tested with
// a packager whose addElectronFuses records or fails, and @electron/fuses real or mocked.
const context = (addElectronFuses: FuseContext['packager']['addElectronFuses'] = vi.fn(async () => 6)): FuseContext => ({
  appOutDir: '/tmp/relance-release/linux-unpacked',
  electronPlatformName: 'linux',
  packager: { addElectronFuses },
});

const loadHook = async () => (await import('../build/electron-fuses.mjs')).afterPack;

afterEach(() => {
  vi.doUnmock('@electron/fuses');
  vi.resetModules();
});

describe('the afterPack hook', () => {
  it('flips every fuse the security checklist names, with the installed @electron/fuses', async () => {
    const { FuseV1Options, FuseVersion } = await import('@electron/fuses');
    const add = vi.fn(async () => 6);
    await (await loadHook())(context(add));
    expect(add).toHaveBeenCalledWith(expect.objectContaining({ electronPlatformName: 'linux' }), {
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: false,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('fails the packaging when @electron/fuses cannot be loaded', async () => {
    vi.doMock('@electron/fuses', () => {
      throw new Error('Cannot find package @electron/fuses');
    });
    const add = vi.fn(async () => 6);
    await expect((await loadHook())(context(add))).rejects.toThrow(/^Packaging stopped: @electron\/fuses could not be loaded/);
    expect(add).not.toHaveBeenCalled();
  });

  it('fails the packaging when the installed @electron/fuses lacks one of the fuses', async () => {
    vi.doMock('@electron/fuses', () => ({ FuseVersion: { V1: '1' }, FuseV1Options: { RunAsNode: 0 } }));
    await expect((await loadHook())(context())).rejects.toThrow(/no EnableNodeOptionsEnvironmentVariable fuse/);
  });

  it('fails the packaging when the fuses cannot be flipped', async () => {
    const add = vi.fn(async () => {
      throw new Error('the fuse wire in this version of Electron is not long enough');
    });
    await expect((await loadHook())(context(add))).rejects.toThrow(/^Packaging stopped: flipping the fuses .* not long enough/);
  });

  it('is the hook electron-builder runs', async () => {
    const config = createRequire(import.meta.url)('../build/electron-builder.config.cjs') as { afterPack: (c: FuseContext) => Promise<void> };
    const add = vi.fn(async () => 6);
    await config.afterPack(context(add));
    expect(add).toHaveBeenCalledTimes(1);
    await expect(config.afterPack(context(async () => Promise.reject(new Error('read-only file system'))))).rejects.toThrow(/Packaging stopped/);
  });
});
