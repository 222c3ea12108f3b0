import { describe, expect, it } from 'vitest';
import { detectPreset, rowRuleFor } from './detect-preset';
import { mapTable } from './map-rows';
import { newFileFacts } from './row-rule';
import { byEmail, mapFixture, testNow } from './test-support/map-fixture';
import { table } from './test-support/table';

// HelloAsso's two exports differ (column lists in presets/helloasso.ts): the participants export
// names two people per row, the payer (with the email) and the participant (a child, a guest).
// Invented rows: a mother books two children, a man books for a guest, a booking is cancelled.

const local = (name: string) => new URL(`./test-fixtures/${name}`, import.meta.url);

const mapped = (name: string) => mapFixture(local(name));

describe('HelloAsso participants export', () => {
  it('is told apart from the payments export', async () => {
    expect((await mapped('helloasso-participants.csv')).presetId).toBe('helloasso-participants');
    expect((await mapped('helloasso-paiements.csv')).presetId).toBe('helloasso');
  });

  it('makes the payer the contact and puts the participant on the ticket, never over the payer’s name', async () => {
    const { records, notes } = await mapped('helloasso-participants.csv');
    // The preview says why the participant's columns go to no field of the contact.
    expect(notes.filter((note) => note.rule === 'import.leftOut.participant').map((note) => note.column)).toEqual(['Nom participant', 'Prénom participant']);
    const karim = byEmail(records, 'karim.bernard@example.com');
    // Today's mapping read "Nom"/"Prénom"-like columns: the guest's name could land on Karim.
    expect(karim).toMatchObject({ firstName: 'Karim', lastName: 'Bernard' });
    expect(karim.events).toMatchObject([{ type: 'order', amountMinor: 1200, currency: 'EUR', items: [{ name: 'Entrée adulte: Inès Garnier', quantity: 1 }] }]);
  });

  it('counts each child’s ticket at its own price', async () => {
    const { records } = await mapped('helloasso-participants.csv');
    const helene = records.filter((record) => record.email === 'helene.dupre@example.com');
    const events = helene.flatMap((record) => record.events);
    expect(events.map((event) => event.items[0]?.name)).toEqual(['Stage enfant: Léo Dupré', 'Stage enfant: Maël Dupré']);
    expect(events.reduce((sum, event) => sum + (event.amountMinor ?? 0), 0)).toBe(7000);
    expect(helene[0]).toMatchObject({ firstName: 'Hélène', lastName: 'Dupré' });
  });

  it('keeps a cancelled ticket’s payer but counts no order, and says so', async () => {
    const { records } = await mapped('helloasso-participants.csv');
    const camille = byEmail(records, 'camille.roux@example.com');
    expect(camille.events).toEqual([]);
    expect(camille.problems).toEqual([expect.objectContaining({ rule: 'import.voidNotCounted', params: { status: 'Annulé' } })]);
  });
});

describe('HelloAsso payments export', () => {
  it('counts a refunded payment in no figure', () => {
    const headers = ['Référence commande', 'Montant total', 'Date du paiement', 'Statut du paiement', 'Nom payeur', 'Prénom payeur', 'Email payeur'];
    const rows = [
      ['82810', '45,00', '03/04/2026 18:23:13', 'Payé', 'Dupré', 'Hélène', 'helene@example.com'],
      ['82811', '20,00', '04/04/2026 09:00:00', 'Remboursé', 'Roux', 'Camille', 'camille@example.com'],
    ];
    const match = detectPreset(headers, rows);
    const rowRule = rowRuleFor(match.presetId, headers, newFileFacts());
    const { records } = mapTable(table(headers, rows, { delimiter: ';' }), match.mapping, { fileName: 'paiements.csv', now: testNow, currency: match.currency, rowRule });
    expect(records[0]!.events).toMatchObject([{ type: 'donation', amountMinor: 4500, currency: 'EUR' }]);
    expect(records[1]).toMatchObject({ email: 'camille@example.com', events: [] });
  });
});
