import { beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../api';
import { startReactivation } from '../outbox/reactivation-campaign';
import { callThrough, useTempCore } from '../test-support/temp-core';
import { DEFAULT_WINDOW, isInWindow, nextInWindowAll } from './send-window';
import { COUNTRY_ZONES } from './zones/country-zones';
import { postalTarget } from './zones/postal-zones';
import { recipientZones, regionCode } from './zones/recipient-zones';

// Send windows in countries of several time zones, on a real core: the owner is in Paris with the
// default window (weekdays 9:00–18:00), and the recipients are in New York, California, Chicago or
// Russia. Dates around the United States' change to summer time (8 March 2026), three weeks
// before Europe's (29 March), and back (1 November).
const HOUR = 3_600_000;
const US_MAINLAND = COUNTRY_ZONES.US!.mainland;
const hourIn = (ms: number, timeZone: string): number =>
  Number(new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(ms));

describe('where a recipient’s window is read', () => {
  const plan = (who: Partial<{ country: string; region: string; postalCode: string }>) =>
    recipientZones({ country: null, region: null, postalCode: null, ...who }, 'Europe/Paris', DEFAULT_WINDOW, Date.UTC(2026, 2, 9, 7));
  const zonesOf = (who: Parameters<typeof plan>[0]) => {
    const { timeZone, alsoIn } = plan(who);
    return [timeZone, ...alsoIn];
  };

  it('uses every mainland zone without a region, the exact one with a region or a postal code', () => {
    expect(zonesOf({ country: 'US' })).toEqual(US_MAINLAND);
    expect(zonesOf({ country: 'US', region: 'CA' })).toEqual(['America/Los_Angeles']);
    expect(zonesOf({ country: 'US', region: 'New York' })).toEqual(['America/New_York']);
    expect(zonesOf({ country: 'US', region: 'us-ny' })).toEqual(['America/New_York']);
    expect(zonesOf({ country: 'US', region: 'Tennessee' })).toEqual(['America/New_York', 'America/Chicago']);
    expect(zonesOf({ country: 'US', postalCode: '10001' })).toEqual(['America/New_York']);
    expect(zonesOf({ country: 'US', postalCode: '94103-1234' })).toEqual(['America/Los_Angeles']);
    expect(zonesOf({ country: 'US', postalCode: '79901' })).toEqual(['America/Denver']);
    expect(zonesOf({ country: 'US', region: 'Atlantis', postalCode: '60601' })).toEqual(['America/Chicago']);
    expect(zonesOf({ country: 'CA', region: 'Québec' })).toEqual(['America/Toronto']);
    expect(zonesOf({ country: 'CA', postalCode: 'V6B 1A1' })).toEqual(['America/Vancouver']);
    expect(zonesOf({ country: 'CA', postalCode: 'A1C 5M2' })).toEqual(['America/St_Johns']);
    expect(zonesOf({ country: 'AU', region: 'NSW' })).toEqual(['Australia/Sydney']);
    expect(zonesOf({ country: 'AU', postalCode: '6000' })).toEqual(['Australia/Perth']);
    expect(zonesOf({ country: 'AU', postalCode: '2600' })).toEqual(['Australia/Sydney']);
    expect(zonesOf({ country: 'AU', postalCode: '0800' })).toEqual(['Australia/Darwin']);
    expect(zonesOf({ country: 'BR', postalCode: '69900-000' })).toEqual(['America/Rio_Branco']);
    expect(zonesOf({ country: 'BR', postalCode: '01310-100' })).toEqual(['America/Sao_Paulo']);
    expect(zonesOf({ country: 'BR', region: 'Mato Grosso' })).toEqual(['America/Manaus']);
    expect(zonesOf({ country: 'MX', postalCode: '22000' })).toEqual(['America/Tijuana']);
    expect(zonesOf({ country: 'MX', region: 'Quintana Roo' })).toEqual(['America/Cancun']);
    expect(zonesOf({ country: 'MX' })).toEqual(COUNTRY_ZONES.MX!.mainland);
    expect(zonesOf({ country: 'FR', region: 'CA' })).toEqual(['Europe/Paris']);
    expect(zonesOf({})).toEqual(['Europe/Paris']);
  });

  it('says nothing of a postal code that is not one of the country’s', () => {
    expect(postalTarget('US', 'ABC')).toBeNull();
    expect(postalTarget('CA', '12345')).toBeNull();
    expect(regionCode('US', 'Nowhere')).toBeNull();
  });

  it('falls back to Moscow for Russia, whose zones share no hour of the window, and says so', () => {
    const russia = plan({ country: 'RU' });
    expect([russia.timeZone, ...russia.alsoIn]).toEqual(['Europe/Moscow']);
    expect(russia.note).toContain('Moscow time');
    // A window wide enough to be shared keeps every zone.
    const wide = recipientZones({ country: 'RU', region: null, postalCode: null }, 'Europe/Paris', { days: [1, 2, 3, 4, 5], startHour: 0, endHour: 24 }, Date.UTC(2026, 2, 9));
    expect(wide.alsoIn.length).toBe(COUNTRY_ZONES.RU!.mainland.length - 1);
  });

  it('every mainland zone of each country names a zone this runtime knows', () => {
    for (const zones of Object.values(COUNTRY_ZONES)) {
      for (const zone of [...zones.mainland, zones.capital, ...Object.values(zones.regions).flatMap((r) => r.zones)]) {
        expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
      }
    }
  });
});

describe('the window shared by several zones', () => {
  it('is inside the window in every US mainland zone, hour by hour across both changes of clocks', () => {
    for (const start of [Date.UTC(2026, 2, 4), Date.UTC(2026, 9, 28)]) {
      for (let at = start; at < start + 8 * 24 * HOUR; at += HOUR) {
        const next = nextInWindowAll(at, DEFAULT_WINDOW, US_MAINLAND)!;
        expect(next).toBeGreaterThanOrEqual(at);
        for (const zone of US_MAINLAND) expect(isInWindow(next, DEFAULT_WINDOW, zone)).toBe(true);
        // The earliest such instant: an hour before, at least one zone was closed (unless it is `at`).
        if (next - HOUR >= at) expect(US_MAINLAND.every((zone) => isInWindow(next - HOUR, DEFAULT_WINDOW, zone))).toBe(false);
      }
    }
  });

  it('knows when the zones share nothing', () => {
    expect(nextInWindowAll(Date.UTC(2026, 2, 9), DEFAULT_WINDOW, COUNTRY_ZONES.RU!.mainland)).toBeNull();
  });
});

describe('messages to people in countries of several zones', () => {
  let now = Date.UTC(2026, 2, 9, 7);
  const clock = { now: () => new Date(now) };
  const booted = useTempCore('zones', clock);
  const call = callThrough(booted);
  const ctx = () => ({ db: booted().database.db, clock });
  const business = { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' };
  beforeEach(async () => {
    await call('settings.update', { business, timeZone: 'Europe/Paris' });
  });

  let seq = 0;
  // A reactivation asked now: it goes at the first instant the recipient's window allows.
  const planFor = async (where: Partial<MethodInput<'contacts.create'>>) => {
    seq += 1;
    const { id } = await call('contacts.create', {
      firstName: `Pat${seq}`, email: `pat${seq}@example.com`, language: 'en', consent: { basis: 'consent', source: 'shop', at: null }, ...where,
    });
    startReactivation(ctx(), [id]);
    return booted().database.sqlite.prepare("SELECT scheduled_at AS at, reason FROM outbox WHERE contact_id = ? AND program = 'reactivation'").get(id) as {
      at: number; reason: string;
    };
  };

  it('never schedules a New York contact without a region before 9:00 Eastern, whatever the date', async () => {
    const cases = [
      // Friday before the US change of clocks: Eastern is UTC-5, Pacific UTC-8.
      [Date.UTC(2026, 2, 6, 7), Date.UTC(2026, 2, 6, 17)],
      // Saturday, across the change (Sunday 8 March): Monday 9:00 Pacific, now UTC-7.
      [Date.UTC(2026, 2, 7, 7), Date.UTC(2026, 2, 9, 16)],
      // Monday, the US on summer time and Paris not yet: 8:00 in Paris, 3:00 in New York.
      [Date.UTC(2026, 2, 9, 7), Date.UTC(2026, 2, 9, 16)],
      // Friday 18:30 in New York: its window has closed, although Los Angeles's is open.
      [Date.UTC(2026, 2, 13, 22, 30), Date.UTC(2026, 2, 16, 16)],
      // Sunday 1 November, the day the US goes back to standard time.
      [Date.UTC(2026, 10, 1, 10), Date.UTC(2026, 10, 2, 17)],
    ] as const;
    for (const [at, expected] of cases) {
      now = at;
      const { at: scheduled, reason } = await planFor({ country: 'US' });
      expect(new Date(scheduled).toISOString()).toBe(new Date(expected).toISOString());
      expect(hourIn(scheduled, 'America/New_York')).toBeGreaterThanOrEqual(9);
      for (const zone of US_MAINLAND) expect(isInWindow(scheduled, DEFAULT_WINDOW, zone)).toBe(true);
      expect(reason).toContain('in every mainland time zone of the United States, as no region or postal code says which');
    }
  });

  it('uses the exact zone of a region or a postal code', async () => {
    now = Date.UTC(2026, 2, 9, 7);
    const california = await planFor({ country: 'US', region: 'CA' });
    expect(new Date(california.at).toISOString()).toBe('2026-03-09T16:00:00.000Z');
    expect(hourIn(california.at, 'America/Los_Angeles')).toBe(9);
    const chicago = await planFor({ country: 'US', postalCode: '60601' });
    expect(new Date(chicago.at).toISOString()).toBe('2026-03-09T14:00:00.000Z');
    const newYork = await planFor({ country: 'US', region: 'New York' });
    expect(new Date(newYork.at).toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(newYork.reason).not.toContain('mainland');
  });

  it('writes to Russia on Moscow time and says so', async () => {
    now = Date.UTC(2026, 2, 9, 4);
    const { at, reason } = await planFor({ country: 'RU' });
    expect(new Date(at).toISOString()).toBe('2026-03-09T06:00:00.000Z');
    expect(reason).toContain('Moscow time: the mainland time zones of Russia share no hour of the send window');
  });

  it('keeps the region and postal code on the contact', async () => {
    const { id } = await call('contacts.create', { firstName: 'Kim', country: 'CA', region: ' Québec ', postalCode: 'h2x 1y4' });
    const contact = await call('contacts.get', { id });
    expect(contact).toMatchObject({ region: 'Québec', postalCode: 'H2X 1Y4' });
    const updated = await call('contacts.update', { id, patch: { region: null } });
    expect(updated).toMatchObject({ region: null, postalCode: 'H2X 1Y4' });
  });
});
