import { describe, expect, it } from 'vitest';
import { uidSet } from './imap-read-new';

// readNew itself runs against Dovecot in imap-reader.test.ts.
describe('uidSet', () => {
  it('writes runs as ranges, in order, once each', () => {
    expect(uidSet([9, 3, 4, 5, 12, 11, 4])).toBe('3:5,9,11:12');
    expect(uidSet([7])).toBe('7');
    expect(uidSet([])).toBe('');
  });
});
