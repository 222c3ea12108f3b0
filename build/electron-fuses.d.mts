export const FUSES: Record<string, boolean>;

export type FuseContext = {
  appOutDir: string;
  electronPlatformName: string;
  packager: { addElectronFuses: (context: FuseContext, fuses: Record<string | number, unknown>) => Promise<unknown> };
};

export const afterPack: (context: FuseContext) => Promise<void>;
