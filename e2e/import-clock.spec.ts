import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';
import { ImportPage } from './pages/import-page';
import { startOwnHost, useOwnHost, type OwnHost } from './pages/own-host';
import { shoot } from './pages/screenshots';
import { TimelinePanel } from './pages/timeline-page';

// One clock at import: a PayPal-like file with "Date", "Time" and "TimeZone", and an
// order with a date but no time, imported by an owner in Paris and looked at from a browser in Los
// Angeles. The payment shows at its Paris time, the dated order as that date, with no time. On a
// host of its own: it sets the owner's zone.
test.describe.configure({ mode: 'serial' });
test.use({ timezoneId: 'America/Los_Angeles', viewport: { width: 1360, height: 900 } });

const tag = Math.random().toString(36).slice(2, 8);
const email = `ines.${tag}@example.com`;
const lastName = `Fuseau${tag}`;
// 10:04:11 PST on 28 November 2025 is 18:04:11 UTC, 19:04 in Paris, 10:04 in Los Angeles.
const FILE = [
  'Date,Time,TimeZone,Name,Type,Gross,Currency,From Email Address,Transaction ID',
  `11/28/2025,10:04:11,PST,Inès ${lastName},Donation Payment,50.00,EUR,${email},T-${tag}-1`,
  `02/01/2026,,,Inès ${lastName},Donation Payment,20.00,EUR,${email},T-${tag}-2`,
].join('\n');

let host: OwnHost;
let giveBack: () => void = () => undefined;

test.beforeAll(async () => {
  host = await startOwnHost('relance-e2e-import-clock-');
  giveBack = useOwnHost(host);
});

test.afterAll(async () => {
  giveBack();
  await host?.close();
});

for (const language of ['en', 'fr'] as const) {
  const words = language === 'en'
    ? { time: 'Time (of the date)', zone: 'Time zone', paid: 'Nov 28, 2025, 7:04 PM', day: 'Feb 1, 2026' }
    : { time: 'Heure (de la date)', zone: 'Fuseau horaire', paid: '28 nov. 2025, 19:04', day: '1 févr. 2026' };

  test(`a file's times in the owner's zone and its dates as dates (${language})`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open('home');
    await app.api('settings.update', { uiLanguage: language, timeZone: 'Europe/Paris' });
    await app.open('import');
    const importPage = new ImportPage(page);
    await importPage.choose({ name: `paypal-${language}-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(FILE, 'utf8') });
    // The time and zone columns are part of the date, worded in the window's language.
    const selects = page.locator('select');
    await expect(selects.nth(1).locator('option:checked')).toHaveText(words.time);
    await expect(selects.nth(2).locator('option:checked')).toHaveText(words.zone);
    await shoot(page, `import-clock-mapping-${language}`);
    if (language === 'en') await importPage.startAndWait();

    await app.open('contacts');
    const contacts = new ContactsPage(page);
    await contacts.searchFor(lastName);
    await contacts.row(lastName).click();
    const timeline = new TimelinePanel(page);
    const paid = timeline.items.filter({ hasText: `T-${tag}-1` });
    const dated = timeline.items.filter({ hasText: `T-${tag}-2` });
    await expect(paid.locator('.timeline-when')).toHaveText(words.paid);
    // A date without a time: that date, with no time, in a browser eight hours behind UTC.
    await expect(dated.locator('.timeline-when')).toHaveText(words.day);
    await expect(dated.locator('time')).toHaveAttribute('datetime', '2026-02-01');
    await shoot(page, `import-clock-timeline-${language}`);
  });
}
