// One reading of a request's path for routing and for files alike, so that no spelling
// (`//api/x`, `/./api/x`, `/%61pi/x`, `/api%2fx`, `\`, a trailing slash) reaches the API
// without the key, or a file outside the renderer folder. Null when it cannot be decoded.
export const canonicalPath = (rawUrl: string): string | null => {
  const path = rawUrl.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments: string[] = [];
  for (const segment of decoded.split(/[/\\]+/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`;
};

export const isApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');

export const isShellPath = (path: string): boolean => path === '/' || path === '/index.html';
