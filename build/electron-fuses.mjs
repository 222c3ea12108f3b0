// Electron fuses (docs/tutorial/fuses.md), flipped right after packing and before signing: the
// binary cannot be run as plain Node, ignores NODE_OPTIONS and --inspect, loads app code only
// from its integrity-checked asar, and gives file:// no extra privileges (we serve app://).
// A package whose fuses could not be set would ship a binary that runs any script as Node, so
// packaging stops instead of warning.

// Fuse name (FuseV1Options) → value; every one must exist in the installed @electron/fuses.
export const FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
};

const stop = (reason, cause) => new Error(`Packaging stopped: ${reason}, so the app's Electron fuses cannot be set.`, { cause });

// @electron/fuses is not a direct dependency: it arrives with electron-builder (app-builder-lib).
const loadFuses = async () => {
  try {
    return await import('@electron/fuses');
  } catch (error) {
    throw stop('@electron/fuses could not be loaded', error);
  }
};

/** @param {import('app-builder-lib').AfterPackContext} context */
export const afterPack = async (context) => {
  const { FuseVersion, FuseV1Options } = await loadFuses();
  const config = {
    version: FuseVersion.V1,
    // Apple silicon refuses a binary whose ad-hoc signature no longer matches after flipping.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
  };
  for (const [name, value] of Object.entries(FUSES)) {
    if (FuseV1Options?.[name] === undefined) throw stop(`the installed @electron/fuses has no ${name} fuse`);
    config[FuseV1Options[name]] = value;
  }
  try {
    // addElectronFuses finds the executable for each platform (Relance.exe, Relance.app, relance).
    await context.packager.addElectronFuses(context, config);
  } catch (error) {
    throw stop(`flipping the fuses of ${context.appOutDir} failed (${error instanceof Error ? error.message : String(error)})`, error);
  }
};
