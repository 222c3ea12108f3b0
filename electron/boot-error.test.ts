import { describe, expect, it } from 'vitest';
import { DatabaseNewerError } from '../db/errors';
import { storageProblem } from '../core/file-problems/file-problems';
import { describeBootError } from './boot-error';

describe('describeBootError', () => {
  it('shows our own database errors as they are worded', () => {
    const text = describeBootError(new DatabaseNewerError('This database was written by a newer Relance. Update Relance.'), '/d');
    expect(text).toEqual({ title: 'Relance cannot open its data', content: 'This database was written by a newer Relance. Update Relance.' });
  });

  it('shows core’s start-up refusals (a read-only folder, a damaged file) as they are worded', () => {
    const refusal = storageProblem(Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }), { dataDir: '/mnt/usb/relance' })!;
    expect(describeBootError(refusal, '/mnt/usb/relance').content).toBe(
      'Relance may not write in /mnt/usb/relance: nothing was saved. Give yourself write access to that folder, or choose another one with --data-dir.',
    );
  });

  it('names the data folder for anything else', () => {
    const text = describeBootError(new Error('SQLITE_CANTOPEN: unable to open database file'), '/mnt/usb/relance');
    expect(text.content).toContain('/mnt/usb/relance');
    expect(text.content).toContain('SQLITE_CANTOPEN');
    expect(describeBootError('weird', '/d').content).toContain('weird');
  });
});
