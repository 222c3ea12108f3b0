import { describe, expect, it } from 'vitest';
import { useTempCore } from '../test-support/temp-core';

// A plain file of events can carry the stage events: its type column's words, French
// or English, read as a product viewed or a quote sent, and they go on the timeline as such.
const T = Date.UTC(2026, 2, 10, 9);
const boot = useTempCore('stage-imports', { now: () => new Date(T) });
const csv = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\r\n'));

describe('importing the stage events', () => {
  it('reads "Produit consulté", "product viewed", "Devis envoyé" and "quote" into their types', async () => {
    const file = csv([
      'Email,Type,Date,Reference,Amount',
      'ana@example.com,Produit consulté,2026-03-08,SKU-12,',
      'ben@example.com,product viewed,2026-03-08,SKU-13,',
      'chloe@example.com,Devis envoyé,2026-03-01,D-2026-014,1200',
      'dan@example.com,quote,2026-03-02,Q-77,800',
    ]);
    const staged = boot().stageFile('events.csv', file);
    await boot().imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
    const rows = boot().database.sqlite.prepare(`SELECT c.email, e.type, e.reference FROM contact_events e JOIN contacts c ON c.id = e.contact_id ORDER BY c.email`).all();
    expect(rows).toEqual([
      { email: 'ana@example.com', type: 'product_viewed', reference: 'SKU-12' },
      { email: 'ben@example.com', type: 'product_viewed', reference: 'SKU-13' },
      { email: 'chloe@example.com', type: 'quote_sent', reference: 'D-2026-014' },
      { email: 'dan@example.com', type: 'quote_sent', reference: 'Q-77' },
    ]);
  });
});
