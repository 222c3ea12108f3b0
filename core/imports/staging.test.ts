import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../api';
import { stageCopy, stagedFile, stageStream } from './staging';

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

describe('a file staged as it arrives', () => {
  async function* pieces(list: Uint8Array[], read: { count: number } = { count: 0 }): AsyncGenerator<Uint8Array> {
    for (const piece of list) {
      read.count += 1;
      yield piece;
    }
  }
  const leftInStaging = () => readdirSync(join(dir, 'data', 'staging'));

  it('is an owner-only copy of the pieces, in order, under its own name', async () => {
    const text = ['email\r\n', 'ana@example.com\r\n', 'bo@example.com\r\n'];
    const staged = await stageStream(join(dir, 'data'), 'C:\\exports\\clients.csv', pieces(text.map((piece) => Buffer.from(piece))));
    expect(staged).toMatchObject({ fileName: 'clients.csv', size: text.join('').length });
    const { path } = stagedFile(join(dir, 'data'), staged.fileId);
    expect(readFileSync(path, 'utf8')).toBe(text.join(''));
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('is refused past the size limit, the rest read to its end, and nothing left behind', async () => {
    // The same 8 MiB piece again and again: 208 MiB sent, 200 allowed.
    const piece = new Uint8Array(8 * 2 ** 20).fill(97);
    const read = { count: 0 };
    const list = Array.from({ length: 26 }, () => piece);
    await expect(stageStream(join(dir, 'data'), 'huge.csv', pieces(list, read))).rejects.toThrow(/huge\.csv is larger than 200 MB/);
    expect(read.count).toBe(26);
    expect(leftInStaging()).toEqual([]);
  });

  it('is refused before anything is written when its declared size is over the limit', async () => {
    const read = { count: 0 };
    await expect(stageStream(join(dir, 'data'), 'huge.csv', pieces([Buffer.from('email\n')], read), { declaredSize: MAX_IMPORT_BYTES + 1 })).rejects.toThrow(/larger than/);
    expect(read.count).toBe(0);
  });

  it('leaves nothing behind when the sender goes away midway', async () => {
    async function* cut(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('email\r\nana@example.com\r\n');
      throw new Error('aborted');
    }
    await expect(stageStream(join(dir, 'data'), 'clients.csv', cut())).rejects.toThrow('aborted');
    expect(leftInStaging()).toEqual([]);
  });

  it('is refused, not staged short, when the system takes only part of a piece', () => {
    // bash counts 1,024-byte blocks: a file stops at 102,400 bytes, inside the third piece.
    const script = fileURLToPath(new URL('./test-support/stage-under-file-limit.ts', import.meta.url));
    const run = spawnSync('bash', ['-c', 'ulimit -f 100 && exec "$0" --import tsx "$1" "$2"', process.execPath, script, join(dir, 'data')], { encoding: 'utf8' });
    const outcome = JSON.parse(run.stdout) as { staged?: unknown; error?: string; left: string[] };
    expect(outcome.staged).toBeUndefined();
    expect(outcome.error).toBe('EFBIG');
    expect(outcome.left).toEqual([]);
  });
});
