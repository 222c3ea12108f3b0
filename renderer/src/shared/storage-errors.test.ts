import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../api';
import { translator } from '../i18n/i18n';
import { describeError } from './describe-error';

// What a window says where a call fails on the data files: core's rule, worded in the window's
// language, never "something went wrong".
const refusal = (rule: string): ApiError => ({
  code: 'INTERNAL',
  message: 'English wording for logs',
  issues: [{ path: 'disk', message: rule, rule, params: { folder: '/home/claire/.local/share/relance', backup: '' } }],
});

describe('data-file problems in a window', () => {
  it('a full disk', () => {
    expect(describeError(refusal('storage.diskFull'), translator('en'))).toBe(
      'The disk is full: this change was not saved. Free some space on the disk holding /home/claire/.local/share/relance, then try again.',
    );
    expect(describeError(refusal('storage.diskFull'), translator('fr'))).toBe(
      'Le disque est plein : cette modification n’a pas été enregistrée. Libérez de la place sur le disque qui contient /home/claire/.local/share/relance, puis réessayez.',
    );
  });

  it('a folder Relance may not write in', () => {
    expect(describeError(refusal('storage.readOnly'), translator('en'))).toMatch(/^Relance may not write in \/home\/claire/);
    expect(describeError(refusal('storage.readOnly'), translator('fr'))).toMatch(/^Relance n’a pas le droit d’écrire dans \/home\/claire/);
  });

  it('a damaged database', () => {
    expect(describeError(refusal('storage.damaged'), translator('en'))).toMatch(/^The database is damaged: Relance stopped writing to it/);
    expect(describeError(refusal('storage.damaged'), translator('fr'))).toMatch(/^La base de données est endommagée : Relance a cessé d’y écrire/);
  });
});
