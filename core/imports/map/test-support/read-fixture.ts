import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTable } from '../../read/read-table';
import type { ParsedTable } from '../../types';

// A fixture file read exactly as an import reads it. Tests pass a URL built relative to
// themselves, so they run from any checkout.
export const readFixture = (url: URL): Promise<ParsedTable> => {
  const path = fileURLToPath(url);
  return readTable(new Uint8Array(readFileSync(path)), basename(path));
};
