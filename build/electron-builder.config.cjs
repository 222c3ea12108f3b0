// electron-builder configuration (npm run dist). Packaging downloads Electron and rebuilds
// better-sqlite3 for Electron's ABI, so it only works on a machine with network access;
// the build machines for this repo cannot run it.

// The afterPack hook flips Electron's fuses and fails the packaging when it cannot
// (build/electron-fuses.mjs, tested in electron/packaging-fuses.test.ts).
/** @param {import('app-builder-lib').AfterPackContext} context */
const afterPack = async (context) => (await import('./electron-fuses.mjs')).afterPack(context);

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
