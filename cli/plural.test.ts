import { describe, expect, it } from 'vitest';
import { counted } from './plural';

describe('counted', () => {
  it('takes the singular for 1 only', () => {
    expect([0, 1, 2].map((n) => counted(n, 'row'))).toEqual(['0 rows', '1 row', '2 rows']);
    expect(counted(1, 'reply', 'replies')).toBe('1 reply');
    expect(counted(3, 'reply', 'replies')).toBe('3 replies');
  });
});
