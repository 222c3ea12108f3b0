import nodePath from 'node:path';
import { isAppUrl } from './trusted-url';

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

const decodePath = (pathname: string): string | null => {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
};

// Maps an app:// request URL to a file inside root, or null when it is not ours or would step
// outside root once decoded (%2e%2e, %2f, %5c, a drive letter or a NUL byte smuggled in the path).
// `paths` is there so the Windows rules can be tested on any machine.
export const resolveAssetPath = (root: string, url: string, paths: PathApi = nodePath): string | null => {
  if (!isAppUrl(url)) return null;
  const decoded = decodePath(new URL(url).pathname);
  if (decoded === null || decoded.includes('\0') || decoded.includes('\\')) return null;
  const relativePath = decoded.replace(/^\/+/, '') || 'index.html';
  const base = paths.resolve(root);
  const file = paths.resolve(base, relativePath);
  const inside = paths.relative(base, file);
  const isInside = inside !== '' && inside !== '..' && !inside.startsWith(`..${paths.sep}`) && !paths.isAbsolute(inside);
  return isInside ? file : null;
};
