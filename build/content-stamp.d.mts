export type ContentStamp = { files: string[]; stats: string[]; hash: string | null };
export const statsOf: (root: string, files: string[]) => string[];
export const hashOf: (root: string, files: string[]) => string | null;
export const readStamp: (stampFile: string) => (ContentStamp & Record<string, unknown>) | null;
export const writeAtomically: (file: string, contents: string) => void;
export const stampOf: (root: string, files: string[], since?: number) => ContentStamp;
export const isStampFresh: (root: string, stampFile: string, files: string[], stamp?: ContentStamp | null) => boolean;
