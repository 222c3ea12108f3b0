import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../api';
import { stageCopy, stagedFile } from './staging';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-staging-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a file staged from its path', () => {
  it('is an owner-only copy of the same bytes, under its own name', () => {
    const source = join(dir, 'clients.csv');
    writeFileSync(source, 'email\r\nana@example.com\r\n', { mode: 0o644 });
    const staged = stageCopy(join(dir, 'data'), source);
    expect(staged).toMatchObject({ fileName: 'clients.csv', size: 24 });
    const { path, fileName } = stagedFile(join(dir, 'data'), staged.fileId);
    expect(fileName).toBe('clients.csv');
    expect(readFileSync(path, 'utf8')).toBe('email\r\nana@example.com\r\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('is refused over the size limit, before anything is copied', () => {
    const source = join(dir, 'huge.csv');
    writeFileSync(source, '');
    // A sparse file: its size without its bytes.
    truncateSync(source, MAX_IMPORT_BYTES + 1);
    expect(() => stageCopy(join(dir, 'data'), source)).toThrow(/huge\.csv is larger than \d+ MB/);
    expect(readdirSync(join(dir))).toEqual(['huge.csv']);
  });
});
