import { describe, expect, it } from 'vitest';
import { detectPreset } from './detect-preset';
import { mapTable } from './map-rows';
import { table } from './test-support/table';

// HelloAsso exports have no currency column and the platform takes euros only: its amounts are
// euros. A currency the file does write still wins, and other exports are not given one.

const now = new Date('2026-11-25T12:00:00Z');
const helloAssoHeaders = ['Référence commande', 'Montant total', 'Date du paiement', 'Statut du paiement', 'Nom payeur', 'Prénom payeur', 'Email payeur'];

const eventsOf = (headers: string[], rows: string[][]) => {
  const match = detectPreset(headers);
  const { records } = mapTable(table(headers, rows, { delimiter: ';' }), match.mapping, { fileName: 'export.csv', now, currency: match.currency });
  return { presetId: match.presetId, events: records.flatMap((record) => record.events) };
};

describe('the currency of a preset', () => {
  it('gives HelloAsso amounts in euros', () => {
    const { presetId, events } = eventsOf(helloAssoHeaders, [['82810', '45,00', '03/04/2026 18:23:13', 'Payé', 'Dupré', 'Hélène', 'helene@example.com']]);
    expect(presetId).toBe('helloasso');
    expect(events).toMatchObject([{ type: 'donation', amountMinor: 4500, currency: 'EUR' }]);
  });

  it('keeps a currency the cell writes', () => {
    const { events } = eventsOf(helloAssoHeaders, [['82811', '12,50 CHF', '03/04/2026 18:23:13', 'Payé', 'Dupré', 'Hélène', 'helene@example.com']]);
    expect(events).toMatchObject([{ amountMinor: 1250, currency: 'CHF' }]);
  });

  it('gives no currency to a row without an amount', () => {
    const { events } = eventsOf(helloAssoHeaders, [['82812', '', '03/04/2026 18:23:13', 'Payé', 'Dupré', 'Hélène', 'helene@example.com']]);
    expect(events).toMatchObject([{ amountMinor: null, currency: null }]);
  });

  it('leaves an unknown file’s amounts without a currency', () => {
    const { presetId, events } = eventsOf(['Email', 'Type', 'Amount', 'Date', 'Reference'], [['ann@example.com', 'order', '12.50', '2026-04-03', 'A1']]);
    expect(presetId).toBe('generic');
    expect(events).toMatchObject([{ amountMinor: 1250, currency: null }]);
  });
});
