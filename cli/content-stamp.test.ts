import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isStampFresh, readStamp, stampOf, writeAtomically } from '../build/content-stamp.mjs';

// The stamp that decides whether the command's bundle and the interface are built again: fresh
// while the stamped files keep their contents, whatever happens to their times.
let root: string;
let stampFile: string;
const files = ['a.ts', 'b.ts'];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'relance-stamp-'));
  stampFile = join(root, 'stamp.json');
  writeFileSync(join(root, 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'b.ts'), 'export const b = 2;\n');
  writeAtomically(stampFile, JSON.stringify(stampOf(root, files)));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a content stamp', () => {
  it('is fresh while nothing changed, and stale once a file says something else', () => {
    expect(isStampFresh(root, stampFile, files)).toBe(true);
    writeFileSync(join(root, 'b.ts'), 'export const b = 3;\n');
    expect(isStampFresh(root, stampFile, files)).toBe(false);
  });

  it('stays fresh when only a time moved, and takes the new time', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'a.ts'), later, later);
    const before = readStamp(stampFile)!.stats;
    expect(isStampFresh(root, stampFile, files)).toBe(true);
    const after = readStamp(stampFile)!.stats;
    expect(after).not.toEqual(before);
  });

  it('is stale after a same-size edit whose modification time was put back (cp -p, rsync -a)', () => {
    const file = join(root, 'b.ts');
    // A whole second, so putting it back is exact on every file system.
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    writeAtomically(stampFile, JSON.stringify(stampOf(root, files)));
    writeFileSync(file, 'export const b = 3;\n');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(statSync(file).mtimeMs).toBe(1_700_000_000_000);
    expect(isStampFresh(root, stampFile, files)).toBe(false);
  });

  it('is stale for another list of files, or a file gone', () => {
    writeFileSync(join(root, 'c.ts'), 'export const c = 4;\n');
    expect(isStampFresh(root, stampFile, [...files, 'c.ts'])).toBe(false);
    rmSync(join(root, 'b.ts'));
    expect(isStampFresh(root, stampFile, files)).toBe(false);
  });

  it('has no hash when a file was edited while the build ran', () => {
    const stamp = stampOf(root, files, Date.now() - 60_000);
    expect(stamp.hash).toBeNull();
    writeAtomically(stampFile, JSON.stringify(stamp));
    expect(isStampFresh(root, stampFile, files)).toBe(false);
    expect(JSON.parse(readFileSync(stampFile, 'utf8')).files).toEqual(files);
  });
});
