import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootCore, type Booted } from '../boot';
import { monthlyStats } from '../stats/monthly-stats';
import { figuresFor, figureWindow } from '../timeline/figures';
import { countSegments } from './segment-counts';

// Only what completed counts (C8): the same hand-built timeline written in each export's own
// status words, imported, must give the same segment counts, figures and monthly chart.

const NOW = Date.parse('2026-03-15T12:00:00Z');
const clock = { now: () => new Date(NOW) };

// Each export's words for a payment that went through, failed, is pending, and was refunded,
// and for a cart the shop recovered.
const VOCABULARIES: Record<string, { paid: string; failed: string; pending: string; refunded: string; recovered: string }> = {
  stripe: { paid: 'Paid', failed: 'Failed', pending: 'Requires payment method', refunded: 'Refunded', recovered: 'recovered' },
  paypal: { paid: 'Completed', failed: 'Denied', pending: 'Pending', refunded: 'Reversed', recovered: 'recovered' },
  woocommerce: { paid: 'processing', failed: 'failed', pending: 'on-hold', refunded: 'refunded', recovered: 'recovered' },
  shopify: { paid: 'paid', failed: 'voided', pending: 'pending', refunded: 'refunded', recovered: 'recovered' },
  helloasso: { paid: 'Validé', failed: 'Refusé', pending: 'En attente', refunded: 'Remboursé', recovered: 'Récupéré' },
  donorbox: { paid: 'paid', failed: 'failed', pending: 'pending', refunded: 'refunded', recovered: 'recovered' },
  corpus: { paid: 'paid', failed: 'failed', pending: 'pending', refunded: 'refunded', recovered: 'recovered' },
  french: { paid: 'Payée', failed: 'Échoué', pending: 'en attente de paiement', refunded: 'remboursée', recovered: 'récupéré' },
};

const HEADER = 'event_id,email,type,occurred_at,amount,currency,status,reference';

// One small timeline per person, `v` the vocabulary's words. The comment says what each must count as.
const rowsFor = (name: string, v: (typeof VOCABULARIES)[string]): string[] => {
  const email = (who: string) => `${who}.${name}@example.com`;
  const row = (who: string, type: string, at: string, amount: string, status: string) =>
    [`${who}-${name}-${at}`, email(who), type, at, amount, 'EUR', status, `${who}-${name}-${at}`].join(',');
  return [
    // LYBUNT: gave last year.
    row('ada', 'donation', '2025-06-01T10:00:00Z', '50', v.paid),
    // Not LYBUNT: last year's gift failed.
    row('ben', 'donation', '2025-06-01T10:00:00Z', '50', v.failed),
    // Still LYBUNT: this year's gift is only pending.
    row('cleo', 'donation', '2025-06-01T10:00:00Z', '40', v.paid),
    row('cleo', 'donation', '2026-02-01T10:00:00Z', '30', v.pending),
    // Not LYBUNT: last year's gift was refunded.
    row('dan', 'donation', '2025-06-01T10:00:00Z', '50', v.refunded),
    // Lapsed customer.
    row('eve', 'order', '2025-01-10T10:00:00Z', '20', v.paid),
    // Still lapsed: the recent order is pending, no purchase.
    row('finn', 'order', '2025-01-10T10:00:00Z', '25', v.paid),
    row('finn', 'order', '2026-03-01T10:00:00Z', '90', v.pending),
    // Not a customer at all: the only order failed.
    row('gus', 'order', '2025-01-10T10:00:00Z', '20', v.failed),
    // A cart to recover: the order after it is pending (a checkout unpaid).
    row('hana', 'abandoned_cart', '2026-03-13T10:00:00Z', '60', ''),
    row('hana', 'order', '2026-03-14T10:00:00Z', '60', v.pending),
    // Not to recover: the order after it completed.
    row('ivo', 'abandoned_cart', '2026-03-13T10:00:00Z', '60', ''),
    row('ivo', 'order', '2026-03-14T10:00:00Z', '60', v.paid),
    // Not to recover: the shop says it recovered the cart.
    row('jade', 'abandoned_cart', '2026-03-13T10:00:00Z', '60', v.recovered),
  ];
};

let dir = '';
let booted: Booted | null = null;
afterEach(() => {
  booted?.close();
  rmSync(dir, { recursive: true, force: true });
});

const importRows = async (rows: string[]) => {
  const file = join(dir, 'events.csv');
  writeFileSync(file, [HEADER, ...rows].join('\n'));
  const staged = booted!.stageFile('events.csv', readFileSync(file));
  const result = await booted!.imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
  expect(result.commit).toBeTruthy();
};

const idOf = (email: string): string => booted!.database.sqlite.prepare('SELECT id FROM contacts WHERE email = ?').pluck().get(email) as string;

describe('only what completed counts, in every export vocabulary', () => {
  for (const [name, words] of Object.entries(VOCABULARIES)) {
    it(`${name}: failed, pending and refunded payments are no gift, no purchase and close no cart`, async () => {
      dir = mkdtempSync(join(tmpdir(), 'relance-outcomes-'));
      booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock });
      await importRows(rowsFor(name, words));

      const counts = Object.fromEntries(countSegments({ db: booted.database.db, clock }).map((s) => [s.id, s.count]));
      expect({ lybunt: counts.lybunt, sybunt: counts.sybunt, lapsed: counts['lapsed-customers'], carts: counts['carts-to-recover'] }).toEqual({
        lybunt: 2,
        sybunt: 0,
        lapsed: 2,
        carts: 1,
      });

      const figures = figuresFor(booted.database.db, [idOf(`cleo.${name}@example.com`), idOf(`finn.${name}@example.com`), idOf(`dan.${name}@example.com`)], figureWindow(booted.database.db, NOW));
      const cleo = figures.get(idOf(`cleo.${name}@example.com`))!;
      expect([cleo.givenThisYearMinor, cleo.givenLastYearMinor, cleo.lifetimeMinor]).toEqual([0, 4000, 4000]);
      const finn = figures.get(idOf(`finn.${name}@example.com`))!;
      expect([finn.lifetimeMinor, finn.lastOrderAt]).toEqual([2500, '2025-01-10T10:00:00.000Z']);
      expect(figures.get(idOf(`dan.${name}@example.com`))!.lastDonationAt).toBeNull();

      // March 2026: Ivo's order only; Finn's and Hana's are pending.
      const march = monthlyStats({ db: booted.database.db, clock }, { months: 1, currency: 'EUR' }).months.at(-1)!;
      expect([march.orders, march.ordersMinor]).toEqual([1, 6000]);
    });
  }
});
