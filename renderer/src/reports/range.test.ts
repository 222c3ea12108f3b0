import { describe, expect, it } from 'vitest';
import { isValidRange, rangeFor, todayIn } from './range';

describe('report ranges', () => {
  it('read today on the owner’s clock', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris, still 31 December in New York.
    const at = new Date('2026-12-31T23:30:00Z');
    expect(todayIn('Europe/Paris', at)).toBe('2027-01-01');
    expect(todayIn('America/New_York', at)).toBe('2026-12-31');
  });

  it('this month starts on its first day', () => {
    expect(rangeFor('month', '2026-12-07', 1)).toEqual({ from: '2026-12-01', to: '2026-12-07' });
  });

  it('the last 12 months end today and start the day after the same day a year ago', () => {
    expect(rangeFor('year', '2026-12-07', 1)).toEqual({ from: '2025-12-08', to: '2026-12-07' });
    expect(rangeFor('year', '2026-12-31', 1)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('this giving year starts in the month the owner chose, last year when that month is still ahead', () => {
    expect(rangeFor('giving', '2026-12-07', 1)).toEqual({ from: '2026-01-01', to: '2026-12-07' });
    expect(rangeFor('giving', '2026-12-07', 7)).toEqual({ from: '2026-07-01', to: '2026-12-07' });
    expect(rangeFor('giving', '2026-03-15', 7)).toEqual({ from: '2025-07-01', to: '2026-03-15' });
  });

  it('a custom range needs two real days in order', () => {
    expect(isValidRange({ from: '2026-01-01', to: '2026-01-31' })).toBe(true);
    expect(isValidRange({ from: '2026-02-01', to: '2026-01-31' })).toBe(false);
    expect(isValidRange({ from: '2026-02-30', to: '2026-03-01' })).toBe(false);
    expect(isValidRange({ from: '', to: '2026-03-01' })).toBe(false);
  });
});
