import { describe, expect, it } from 'vitest';
import { clockFor } from './clock';
import { formatDate, formatDay, formatMoment, formatTime, zoneOffset } from './format-moment';
import { fromZonedInput, toZonedInput } from './zoned-input';

// 23:30 UTC on 31 January is already 1 February in Paris and still 31 January in New York.
const LATE = '2026-01-31T23:30:00.000Z';

describe('the owner\'s clock', () => {
  it('shows a moment in the owner\'s zone, not this computer\'s', () => {
    expect(formatMoment(LATE, 'en', 'Europe/Paris')).toBe('Feb 1, 2026, 12:30 AM');
    expect(formatMoment(LATE, 'fr', 'Europe/Paris')).toBe('1 févr. 2026, 00:30');
    expect(formatDate(LATE, 'en', 'America/New_York', 'long')).toBe('January 31, 2026');
    expect(formatTime(LATE, 'fr', 'America/New_York')).toBe('18:30');
  });

  it('shows a date without a time as that date in every zone', () => {
    expect(formatDay('2026-02-01', 'en')).toBe('February 1, 2026');
    expect(formatDay('2026-02-01T00:00:00.000Z', 'fr')).toBe('1 février 2026');
  });

  it('keeps a day stored as midnight UTC on that day for an owner west of Greenwich', () => {
    const newYork = clockFor('America/New_York', 'en');
    expect(newYork.dayOrDate('2026-02-01T00:00:00.000Z', 'long')).toBe('February 1, 2026');
    expect(newYork.dayOrDate('2026-02-01T03:00:00.000Z', 'long')).toBe('January 31, 2026');
  });

  it('names the offset, which follows daylight saving', () => {
    expect(zoneOffset('Europe/Paris', new Date('2026-01-15T12:00:00Z'))).toBe('UTC+01:00');
    expect(zoneOffset('Europe/Paris', new Date('2026-07-15T12:00:00Z'))).toBe('UTC+02:00');
    expect(zoneOffset('America/New_York', new Date('2026-01-15T12:00:00Z'))).toBe('UTC−05:00');
    expect(zoneOffset('Asia/Kolkata', new Date('2026-01-15T12:00:00Z'))).toBe('UTC+05:30');
    expect(zoneOffset('UTC', new Date('2026-01-15T12:00:00Z'))).toBe('UTC+00:00');
  });

  it('fills and reads a datetime-local field in the owner\'s zone, across a daylight-saving change', () => {
    expect(toZonedInput(new Date(LATE), 'Europe/Paris')).toBe('2026-02-01T00:30');
    expect(fromZonedInput('2026-02-01T00:30', 'Europe/Paris')?.toISOString()).toBe(LATE);
    // 29 March 2026: Paris moves to UTC+2 at 02:00.
    expect(fromZonedInput('2026-03-29T09:30', 'Europe/Paris')?.toISOString()).toBe('2026-03-29T07:30:00.000Z');
    expect(fromZonedInput('2026-03-28T09:30', 'Europe/Paris')?.toISOString()).toBe('2026-03-28T08:30:00.000Z');
    expect(fromZonedInput('not a date', 'Europe/Paris')).toBeNull();
  });
});
