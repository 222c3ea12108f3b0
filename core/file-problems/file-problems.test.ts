import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileSystemProblem, storageProblem } from './file-problems';

// A real ENOSPC, from a device that is always full (Linux).
const diskFullError = (): unknown => {
  try {
    writeFileSync('/dev/full', 'x'.repeat(10_000));
  } catch (error) {
    return error;
  }
  throw new Error('/dev/full took the write');
};

describe.skipIf(!existsSync('/dev/full'))('a file write that finds the disk full (ENOSPC)', () => {
  it('is a change not saved, for the open database', () => {
    const refused = storageProblem(diskFullError(), { dataDir: '/home/claire/Relance' });
    expect(refused?.message).toBe('The disk is full: this change was not saved. Free some space on the disk holding /home/claire/Relance, then try again.');
    expect(refused?.issues?.[0]?.rule).toBe('storage.diskFull');
  });

  it('is nothing written, for a backup', () => {
    const refused = fileSystemProblem(diskFullError(), '/home/claire/Relance/backups');
    expect(refused?.message).toBe('The disk is full: nothing was written. Free some space on the disk holding /home/claire/Relance/backups, then try again.');
    expect(refused?.issues?.[0]?.rule).toBe('backup.diskFull');
  });

  it('is none of these for another error', () => {
    expect(storageProblem(new Error('something else'))).toBeUndefined();
    expect(fileSystemProblem(new Error('something else'), '/tmp')).toBeUndefined();
  });
});
