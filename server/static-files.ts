import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { assetContentTypes } from '../api/security';

// Maps a canonical path (request-path.ts: decoded once, dots resolved) to a file inside root,
// or null when it would still step outside it (a NUL byte never gets here: canonicalPath refuses it).
export const resolveAsset = (root: string, path: string): string | null => {
  const file = normalize(join(root, path));
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
};

export const readAsset = async (file: string): Promise<{ body: Buffer; type: string } | null> => {
  try {
    return { body: await readFile(file), type: assetContentTypes[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
};
