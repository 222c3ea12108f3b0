import type { Locator, Page } from '@playwright/test';

// The owner's clock as pages show it: the one line that names the zone, and times worked out
// here the way a person checks them (Intl, the zone named).
export class ClockPage {
  constructor(readonly page: Page) {}

  get zoneNote(): Locator {
    return this.page.getByTestId('zone-note');
  }
}

export const momentIn = (iso: string, timeZone: string, language: 'en' | 'fr'): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));

export const hourIn = (iso: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));
