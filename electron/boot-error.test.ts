import { describe, expect, it } from 'vitest';
import { DatabaseNewerError } from '../db/errors';
import { describeBootError } from './boot-error';

describe('describeBootError', () => {
  it('shows our own database errors as they are worded', () => {
    const text = describeBootError(new DatabaseNewerError('This database was written by a newer Relance. Update Relance.'), '/d');
    expect(text).toEqual({ title: 'Relance cannot open its data', content: 'This database was written by a newer Relance. Update Relance.' });
  });

  it('names the data folder for anything else', () => {
    const text = describeBootError(new Error('SQLITE_CANTOPEN: unable to open database file'), '/mnt/usb/relance');
    expect(text.content).toContain('/mnt/usb/relance');
    expect(text.content).toContain('SQLITE_CANTOPEN');
    expect(describeBootError('weird', '/d').content).toContain('weird');
  });
});
