import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCore } from '../../core/boot';
import { runCli } from '../test-support/run-cli';

let dir: string;
let dataDir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-offers-'));
  dataDir = join(dir, 'data');
  bootCore({ dataDir, migrationsFolder: 'db/migrations', host: 'cli' }).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('relance settings: what the cart messages say', () => {
  it('sets the guarantee, the pages, the offer and a code per language, and lists them', async () => {
    for (const [key, value] of [['guaranteeFr', '30 jours pour changer d’avis'], ['faqUrl', 'https://shop.example.com/faq'], ['promoCodeEn', 'THANKS']]) {
      const run = await runCli(join(dir, 'unused'), 'settings', 'set', key!, value!, '--data-dir', dataDir);
      expect(run.stderr, key).toBe('');
      expect(run.code, key).toBe(0);
    }
    const bad = await runCli(join(dir, 'unused'), 'settings', 'set', 'faqUrl', 'not a page', '--data-dir', dataDir);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('https://');
    const listed = await runCli(join(dir, 'unused'), 'settings', '--data-dir', dataDir, '--json');
    expect(JSON.parse(listed.stdout)).toMatchObject({
      guaranteeFr: '30 jours pour changer d’avis', guaranteeEn: '', reviewsUrl: '', faqUrl: 'https://shop.example.com/faq', promoCode: '', promoCodeEn: 'THANKS',
    });
  }, 90_000);

  it('names the keys in its help', async () => {
    const help = await runCli(join(dir, 'unused'), 'settings', '--help');
    for (const key of ['guaranteeFr', 'guaranteeEn', 'reviewsUrl', 'faqUrl', 'promoOfferFr', 'promoOfferEn', 'promoCodeFr', 'promoCodeEn']) expect(help.stdout).toContain(key);
  });
});
