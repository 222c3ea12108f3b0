import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ExportDialog } from './pages/export-dialog';
import { startOwnHost, useOwnHost, type OwnHost } from './pages/own-host';
import { shoot } from './pages/screenshots';
import { SegmentsPage } from './pages/segments-page';

// A segment exported from the browser host as a CSV file and as a hashed Meta audience, on a host
// of its own so the segment holds exactly the people seeded here. Invented people.
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1280, height: 900 } });

let host: OwnHost;
let giveBack: () => void = () => undefined;

test.beforeAll(async () => {
  host = await startOwnHost('relance-e2e-exports-');
  giveBack = useOwnHost(host);
});

test.afterAll(async () => {
  giveBack();
  await host?.close();
});

const sha = (value: string) => createHash('sha256').update(value).digest('hex');
const SEGMENT = 'Salon 2026';

test('a segment exports as CSV and as a hashed Meta audience, in English and French', async ({ page }) => {
  const app = new AppPage(page);
  const consent = { basis: 'consent' as const, source: 'salon sign-up sheet', at: null };
  await app.api('contacts.create', { firstName: 'Léa', lastName: 'Moreau', email: 'Lea.Moreau@example.com', phone: '+33 6 12 34 56 78', country: 'FR', postalCode: '75011', tags: ['salon'], consent });
  await app.api('contacts.create', { firstName: '=SUM(1+1)', lastName: 'Petit', email: 'petit@example.com', tags: ['salon'], consent: { basis: 'soft-opt-in', source: 'shop', at: null } });
  await app.api('segments.save', { name: SEGMENT, filter: { conditions: [{ field: 'tag', op: 'has', value: 'salon' }] } });

  const segments = new SegmentsPage(page);
  await app.open('segments');
  await segments.open(SEGMENT);
  await shoot(page, 'export-segment-page-en');
  const dialog = new ExportDialog(page);

  // CSV with a semicolon: UTF-8 with one BOM, a formula neutralised.
  await dialog.open();
  await expect(dialog.format(/^CSV/)).toBeChecked();
  await dialog.separator.selectOption(';');
  await expect(dialog.count).toHaveText('2 contacts will be in the file.');
  const csv = await dialog.run();
  const bytes = await readFile((await csv.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const [header, ...rows] = text.split('\r\n');
  expect(header).toBe('Email;First name;Last name;Phone;Company;Kind;Tags;Language;Country;Region;Postal code;Legal basis;Consent date;Unsubscribed;Created;Notes');
  expect(rows.find((row) => row.startsWith('petit@'))).toMatch(/^petit@example\.com;'=SUM\(1\+1\);Petit;/);
  await dialog.close();

  // A Meta audience: only the person who consented, every column hashed; under 100, a warning.
  await dialog.open();
  await dialog.format(/^Meta audience/).check();
  await expect(dialog.count).toHaveText('1 person will be in the audience. 1 person is left out: unsubscribed, suppressed, or without consent to ads.');
  await expect(dialog.warning).toContainText('Fewer than 100 people');
  await expect(dialog.explanation).toContainText('What leaves your computer');
  await shoot(page, 'export-meta-en', dialog.root);
  const meta = await dialog.run();
  expect(meta.suggestedFilename()).toMatch(/^relance-meta-audience-.+\.csv$/);
  const lines = (await readFile((await meta.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(lines).toEqual(['email,phone,fn,ln,zip,country', [sha('lea.moreau@example.com'), sha('33612345678'), sha('léa'), sha('moreau'), sha('75011'), sha('fr')].join(',')]);
  await expect(dialog.root.locator('.export-done')).toHaveText(/^1 contact exported to relance-meta-audience-/);
  await dialog.close();

  // From the contacts list: every contact, as CSV or vCard (an audience is a segment's).
  await app.open('contacts');
  await dialog.open();
  await expect(dialog.root.getByRole('heading', { level: 2 })).toHaveText('Export contacts');
  await expect(dialog.root.getByRole('radio')).toHaveCount(2);
  await expect(dialog.count).toHaveText('2 contacts will be in the file.');
  await shoot(page, 'export-contacts-en');
  await dialog.close();
  await app.open('segments');
  await segments.open(SEGMENT);

  // In French: the same dialog in French words, ";" offered first for a French Excel.
  await app.api('settings.update', { uiLanguage: 'fr' });
  await expect(page.locator('.page-head').getByRole('button', { name: 'Exporter…' })).toBeVisible();
  await shoot(page, 'export-segment-page-fr');
  await dialog.open();
  await expect(dialog.separator).toHaveValue(';');
  await expect(dialog.count).toHaveText('2 contacts figureront dans le fichier.');
  await shoot(page, 'export-csv-fr', dialog.root);
  await dialog.format(/^Audience Meta/).check();
  await expect(dialog.explanation).toContainText('Ce qui quitte votre ordinateur');
  await expect(dialog.warning).toContainText('Moins de 100 personnes');
  await shoot(page, 'export-meta-fr', dialog.root);
  await dialog.close();
  await app.open('contacts');
  await dialog.open();
  await expect(dialog.root.getByRole('heading', { level: 2 })).toHaveText('Exporter les contacts');
  await shoot(page, 'export-contacts-fr');
  await dialog.close();
  await app.api('settings.update', { uiLanguage: 'en' });
  await app.expectClean();
});
