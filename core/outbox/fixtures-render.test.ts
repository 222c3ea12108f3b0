import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../api';
import { bootCore, type Booted } from '../boot';
import { programIds, programSteps } from '../templates/shipped-templates';
import { previewTemplate } from './preview-template';

// Every contact of every real export format, with its own names and (hostile or not) fields,
// gets every shipped template rendered in both languages: nothing breaks, nothing injects markup.
const fixtures = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
const FILES = [
  'formats/shopify/customers_export.csv',
  'formats/shopify/orders_export.csv',
  'formats/mailchimp/subscribed_members_export_a1b2c3d4e5.csv',
  'formats/google-contacts/google-csv.csv',
  'formats/google-contacts/google-csv-legacy.csv',
  'formats/outlook/outlook-com-export.csv',
  'formats/outlook/outlook-desktop-field-names.txt',
  'formats/vcard/vcard-4.0.vcf',
  'formats/vcard/apple-icloud-3.0.vcf',
  'edge-cases/fr-excel-semicolon-cp1252.csv',
  'edge-cases/utf16le-excel-unicode-text.txt',
  'edge-cases/malformed-rows.csv',
  'edge-cases/duplicates-case-whitespace.csv',
];
const NOW = Date.UTC(2026, 2, 10, 10);

let dir: string;
let booted: Booted;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-fixture-render-'));
  booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock: { now: () => new Date(NOW) } });
  await booted.handlers['settings.update'](contract['settings.update'].input.parse({
    business: { name: 'Atelier <Lumière> & "Fils"', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' },
    promoCode: 'MERCI', googlePlaceId: 'ChIJ-example',
  }));
  for (const file of FILES) {
    const staged = booted.stageFile(file.split('/').at(-1)!, readFileSync(join(fixtures, file)));
    await booted.imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
  }
});
afterAll(() => {
  booted.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('shipped templates over every fixture contact', () => {
  it('render in French and English for each contact, escaped, with the footer', () => {
    const ids = booted.database.sqlite.prepare('SELECT id FROM contacts').pluck().all() as string[];
    expect(ids.length).toBeGreaterThan(20);
    const ctx = { db: booted.database.db, clock: { now: () => new Date(NOW) } };
    let rendered = 0;
    for (const contactId of ids) {
      for (const program of programIds) {
        for (const step of programSteps[program]) {
          const preview = previewTemplate(ctx, { program, step, contactId });
          for (const message of [preview.fr, preview.en]) {
            if (!message.ok) throw new Error(`${program} ${step} for ${contactId}: missing ${message.missing.join(', ')}`);
            expect(message.text).toContain('3 rue des Lilas, 69001 Lyon');
            expect(message.text).not.toMatch(/ ,|\{\{/);
            expect(message.subject).not.toMatch(/[\r\n]/);
            expect(message.html).not.toMatch(/<(?!\/?(p|br|a|html|body)\b|!doctype)/i);
            rendered += 1;
          }
        }
      }
    }
    // 13 steps (cart 3, reactivation 2, review 2, checkout unpaid 3, product viewed 1, quote 2), two languages.
    expect(rendered).toBe(ids.length * 26);
  });
});
