// electron-builder configuration (npm run dist). Packaging downloads Electron and rebuilds
// better-sqlite3 for Electron's ABI, so it only works on a machine with network access;
// the build machines for this repo cannot run it.

// Electron fuses (docs/tutorial/fuses.md), flipped right after packing and before signing: the
// binary cannot be run as plain Node, ignores NODE_OPTIONS and --inspect, loads app code only
// from its integrity-checked asar, and gives file:// no extra privileges.
// @electron/fuses is not a direct dependency: it arrives with electron-builder (app-builder-lib).
// If a future electron-builder stops shipping it, packaging still works and says the fuses were skipped.
const loadFuses = () => {
  try {
    return require('@electron/fuses');
  } catch {
    return null;
  }
};

/** @param {import('app-builder-lib').AfterPackContext} context */
const afterPack = async (context) => {
  const fuses = loadFuses();
  if (fuses === null) {
    console.warn('@electron/fuses is not installed: the packaged app keeps Electron\'s default fuses.');
    return;
  }
  const { FuseVersion, FuseV1Options } = fuses;
  // addElectronFuses finds the executable for each platform (Relance.exe, Relance.app, relance).
  await context.packager.addElectronFuses(context, {
    version: FuseVersion.V1,
    // Apple silicon refuses a binary whose ad-hoc signature no longer matches after flipping.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // We serve the UI from app://, so file:// needs none of its historical extra powers.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  });
};

/** @type {import('app-builder-lib').Configuration} */
module.exports = {
  appId: 'app.relance.desktop',
  productName: 'Relance',
  directories: { output: 'release' },
  // The main process loads these through app.getAppPath(): the bundles, the built UI, and the
  // SQL migrations (kept inside the asar so the integrity fuse covers them).
  files: ['dist-electron/**', 'dist/renderer/**', 'db/migrations/**', 'package.json'],
  asar: true,
  // Native modules (better-sqlite3) cannot be loaded from inside an asar archive.
  asarUnpack: ['**/*.node'],
  afterPack,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    // .deb needs a maintainer with an address; package.json has no author yet. Replace before release.
    maintainer: 'Relance maintainers <maintainers@relance.invalid>',
  },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.business' },
};
