import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES, type StagedFile } from '../api';
import { DomainError } from '../core/errors';
import { stageFile } from '../core/imports/staging';
import { createStageFileHandler } from './stage-file-handler';

type FakeFrame = { url: unknown; parent: unknown };
const eventFrom = (senderFrame: FakeFrame | null) => ({ senderFrame }) as never;

const topFrame = { url: 'app://crm/index.html', parent: null };
const trusted = eventFrom(topFrame);
const csv = new TextEncoder().encode('email\njeanne@example.fr\n');
const staged: StagedFile = { fileId: 'f1', fileName: 'clients.csv', size: csv.byteLength };

const dataDir = mkdtempSync(join(tmpdir(), 'relance-stage-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Only byteLength is read past the type check, so this stands in for a 200 MB file without allocating one.
const oversized = (): Uint8Array => Object.defineProperty(new Uint8Array(1), 'byteLength', { value: MAX_IMPORT_BYTES + 1 });

describe('createStageFileHandler', () => {
  it('stages a file from the trusted window with core', async () => {
    const handle = createStageFileHandler((fileName, bytes) => stageFile(dataDir, fileName, bytes));
    const result = await handle(trusted, 'clients.csv', csv);
    expect(result).toMatchObject({ ok: true, value: { fileName: 'clients.csv', size: csv.byteLength } });
    const { fileId } = (result as { value: StagedFile }).value;
    expect(readFileSync(join(dataDir, 'staging', fileId), 'utf8')).toBe('email\njeanne@example.fr\n');
  });

  it('takes a Buffer as well as a Uint8Array', async () => {
    const stage = vi.fn(() => staged);
    const result = await createStageFileHandler(stage)(trusted, 'clients.csv', Buffer.from(csv));
    expect(result).toEqual({ ok: true, value: staged });
    expect(stage).toHaveBeenCalledOnce();
  });

  it('refuses an untrusted sender before looking at the file', async () => {
    const stage = vi.fn(() => staged);
    const handle = createStageFileHandler(stage);
    const untrusted = [
      eventFrom(null),
      eventFrom({ url: 'https://evil.example/', parent: null }),
      eventFrom({ url: 'app://crm/index.html', parent: topFrame }),
      eventFrom({ url: 'app://crm.evil/index.html', parent: null }),
    ];
    for (const event of untrusted) {
      expect(await handle(event, 'clients.csv', csv)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await handle(event, 42, 'not bytes')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(stage).not.toHaveBeenCalled();
  });

  it.each([
    ['no name', undefined, csv],
    ['an empty name', '', csv],
    ['a name that is not a string', 42, csv],
    ['a name past 255 characters', `${'a'.repeat(252)}.csv`, csv],
    ['bytes that are a string', 'clients.csv', 'email\n'],
    ['bytes that are an array of numbers', 'clients.csv', [101, 109]],
    ['bytes that are an ArrayBuffer', 'clients.csv', csv.buffer],
    ['bytes that are another typed array', 'clients.csv', new Uint16Array(4)],
    ['bytes that are a plain object dressed as Uint8Array', 'clients.csv', { [Symbol.toStringTag]: 'Uint8Array', byteLength: 3 }],
    ['no bytes', 'clients.csv', undefined],
  ])('answers VALIDATION for %s and never calls core', async (_name, fileName, bytes) => {
    const stage = vi.fn(() => staged);
    const result = await createStageFileHandler(stage)(trusted, fileName, bytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(stage).not.toHaveBeenCalled();
  });

  it('accepts a name of exactly 255 characters', async () => {
    const result = await createStageFileHandler(() => staged)(trusted, `${'a'.repeat(251)}.csv`, csv);
    expect(result).toMatchObject({ ok: true });
  });

  it('refuses a file past the import size limit with a message a person can act on', async () => {
    const stage = vi.fn(() => staged);
    const result = await createStageFileHandler(stage)(trusted, 'everyone.csv', oversized());
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'everyone.csv is larger than 200 MB. Split it into smaller files.' },
    });
    expect(stage).not.toHaveBeenCalled();
  });

  it("passes core's DomainError on as its code and message", async () => {
    const issues = [{ path: 'fileName', message: 'Choose another file.' }];
    const stage = vi.fn((): StagedFile => {
      throw new DomainError('CONFLICT', 'This file is already being imported.', issues);
    });
    const onUnexpected = vi.fn();
    const result = await createStageFileHandler(stage, onUnexpected)(trusted, 'clients.csv', csv);
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'This file is already being imported.', issues } });
    expect(onUnexpected).not.toHaveBeenCalled();
  });

  it('turns anything else into INTERNAL without the details', async () => {
    const stage = vi.fn((): StagedFile => {
      throw new Error('ENOSPC: no space left on device, write /home/jeanne/.config/Relance/staging');
    });
    const onUnexpected = vi.fn();
    const result = await createStageFileHandler(stage, onUnexpected)(trusted, 'clients.csv', csv);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('/home/jeanne');
    expect(onUnexpected).toHaveBeenCalledOnce();
  });

  it('never throws, even when reading the sender frame does', async () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    } as never;
    const result = await createStageFileHandler(() => staged, () => {})(event, 'clients.csv', csv);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
