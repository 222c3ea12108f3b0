import { describe, expect, it } from 'vitest';
import { ownerDay, ownerReason, ownerTime } from './owner-time';

describe('times on the terminal', () => {
  it('prints an instant in the owner\'s zone with its offset, which follows daylight saving', () => {
    expect(ownerTime('2026-11-25T08:14:03.000Z', 'Europe/Paris')).toBe('2026-11-25 09:14 +01:00');
    expect(ownerTime('2026-07-01T08:14:00.000Z', 'Europe/Paris')).toBe('2026-07-01 10:14 +02:00');
    expect(ownerTime('2026-11-25T03:00:00.000Z', 'America/New_York')).toBe('2026-11-24 22:00 -05:00');
    expect(ownerTime('2026-11-25T20:00:00.000Z', 'Asia/Kolkata')).toBe('2026-11-26 01:30 +05:30');
    expect(ownerDay('2026-11-25T23:30:00.000Z', 'Europe/Paris')).toBe('2026-11-26');
  });

  it('rewrites the UTC times of a reason and leaves its dates alone', () => {
    expect(ownerReason('cart 1 of 3; moved to 2026-03-16 13:00 UTC, inside the send window (weekdays 9:00–18:00, America/New_York time)', 'Europe/Paris')).toBe(
      'cart 1 of 3; moved to 2026-03-16 14:00 +01:00, inside the send window (weekdays 9:00–18:00, America/New_York time)',
    );
    expect(ownerReason('stopped: they ordered on 2026-03-09', 'Europe/Paris')).toBe('stopped: they ordered on 2026-03-09');
  });
});
