export const cliOutDir: string;
export const freshCliEntry: () => string | null;
export const buildCliBundle: () => Promise<string>;
export const cliEntry: () => Promise<string>;
export const cliEntryUrl: () => Promise<string | null>;
