import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../types';
import { detectPreset, rowRuleFor } from './detect-preset';
import { mapTable } from './map-rows';
import { newFileFacts } from './row-rule';
import { table } from './test-support/table';

// PayPal's activity download, with its public column list (paypal.com/reports/dlog): who the
// contact is depends on the row's direction. Invented rows: a payer pays a shop, is partly
// refunded, the shop pays a supplier, and withdraws to its bank.

const now = new Date('2026-11-25T12:00:00Z');
const HEADERS = [
  'Date', 'Time', 'TimeZone', 'Name', 'Type', 'Status', 'Currency', 'Gross', 'Fee', 'Net', 'From Email Address', 'To Email Address',
  'Transaction ID', 'Shipping Address', 'Address Status', 'Item Title', 'Item ID', 'Shipping and Handling Amount', 'Insurance Amount',
  'Sales Tax', 'Option 1 Name', 'Option 1 Value', 'Reference Txn ID', 'Invoice Number', 'Custom Number', 'Quantity', 'Receipt ID',
  'Balance', 'Address Line 1', 'Contact Phone Number', 'Subject', 'Note', 'Country Code', 'Balance Impact',
];

type Row = { name: string; type: string; gross: string; from: string; to: string; id: string; ref?: string; impact: string; date?: string };
const row = (r: Row): string[] => {
  const cells: Record<string, string> = {
    Date: r.date ?? '11/02/2026', Time: '10:04:11', TimeZone: 'CET', Name: r.name, Type: r.type, Status: 'Completed', Currency: 'EUR',
    Gross: r.gross, Fee: '0.00', Net: r.gross, 'From Email Address': r.from, 'To Email Address': r.to, 'Transaction ID': r.id,
    'Reference Txn ID': r.ref ?? '', Quantity: '1', 'Country Code': 'FR', 'Balance Impact': r.impact,
  };
  return HEADERS.map((header) => cells[header] ?? '');
};

const SHOP = 'boutique@example.com';
const PAYER = 'lea.martin@example.com';
const ROWS: Row[] = [
  { name: 'Léa Martin', type: 'Website Payment', gross: '100.00', from: PAYER, to: SHOP, id: '1AA00000000000001', impact: 'Credit' },
  { name: 'Léa Martin', type: 'Payment Refund', gross: '-30.00', from: SHOP, to: PAYER, id: '1AA00000000000002', ref: '1AA00000000000001', impact: 'Debit', date: '11/05/2026' },
  { name: 'Papeterie Dumas', type: 'Express Checkout Payment', gross: '-45.00', from: SHOP, to: 'ventes@papeterie.example.com', id: '1AA00000000000003', impact: 'Debit' },
  { name: '', type: 'General Withdrawal', gross: '-25.00', from: '', to: '', id: '1AA00000000000004', impact: 'Debit' },
];

const mapPayPal = (rows: Row[]) => {
  const match = detectPreset(HEADERS, rows.map(row));
  const facts = newFileFacts();
  const parsed = table(HEADERS, rows.map(row));
  const rowRule = rowRuleFor(match.presetId, HEADERS, facts);
  const { records } = mapTable(parsed, match.mapping, { fileName: 'Download.CSV', now, currency: match.currency, rowRule });
  return { presetId: match.presetId, notes: match.notes, records, facts };
};
const emailsOf = (records: ImportRecord[]) => records.map((record) => record.email);

describe('PayPal rows by their direction', () => {
  it('takes the payer of a payment received from "From", and the payer of a refund from "To"', () => {
    const { presetId, records, notes } = mapPayPal(ROWS);
    expect(presetId).toBe('paypal');
    expect(notes).toContainEqual({ column: 'To Email Address', rule: 'import.leftOut.counterparty', params: {} });
    // Today's mapping took "From" on every row: the refund became the shop's own contact.
    expect(emailsOf(records).slice(0, 2)).toEqual([PAYER, PAYER]);
    expect(records.flatMap((record) => [record.email, ...record.extraEmails])).not.toContain(SHOP);
    expect(records[1]).toMatchObject({ firstName: 'Léa', lastName: 'Martin' });
  });

  it('makes the refund a positive sum pointing at the payment it refunds', () => {
    const { records } = mapPayPal(ROWS);
    expect(records[0]!.events).toMatchObject([{ type: 'order', amountMinor: 10000, currency: 'EUR', reference: '1AA00000000000001' }]);
    expect(records[1]!.events).toMatchObject([{ type: 'refund', amountMinor: 3000, currency: 'EUR', reference: '1AA00000000000001' }]);
  });

  it('makes the counterparty of a payment the owner sent a contact without an order', () => {
    const { records } = mapPayPal(ROWS);
    expect(records[2]).toMatchObject({ email: 'ventes@papeterie.example.com', firstName: 'Papeterie', events: [] });
    // A withdrawal names nobody: no contact, no event, and the preview says its type is none.
    expect(records[3]).toMatchObject({ email: null, events: [] });
    expect(records[3]!.problems).toEqual([expect.objectContaining({ rule: 'import.notAnEventType' })]);
  });

  it('learns the owner’s address from the owner’s side of the rows, and never makes it a contact', () => {
    // A row naming the owner as the counterparty (money moved between the owner's own accounts).
    const own: Row = { name: 'Boutique', type: 'Transfer', gross: '50.00', from: SHOP, to: SHOP, id: '1AA00000000000005', impact: 'Credit' };
    const { records, facts } = mapPayPal([...ROWS, own]);
    expect([...facts.ownAddresses]).toEqual([SHOP]);
    expect(records[4]!.email).toBeNull();
  });

  it('counts a denied payment in no figure, but keeps a completed one that was later refunded', () => {
    const denied: Row = { name: 'Léa Martin', type: 'Website Payment', gross: '60.00', from: PAYER, to: SHOP, id: '1AA00000000000006', impact: 'Credit' };
    const rows = [...ROWS.slice(0, 2), denied].map(row);
    rows[2]![HEADERS.indexOf('Status')] = 'Denied';
    const match = detectPreset(HEADERS, rows);
    const { records } = mapTable(table(HEADERS, rows), match.mapping, { fileName: 'Download.CSV', now, rowRule: rowRuleFor(match.presetId, HEADERS, newFileFacts()) });
    expect(records.map((record) => record.events.length)).toEqual([1, 1, 0]);
    expect(records[2]!.problems).toEqual([expect.objectContaining({ rule: 'import.voidNotCounted', params: { status: 'Denied' } })]);
  });

  it('falls back on the sign of "Gross" when "Balance Impact" is missing', () => {
    const headers = HEADERS.filter((header) => header !== 'Balance Impact');
    const rows = ROWS.slice(0, 2).map((r) => row(r).slice(0, -1));
    const match = detectPreset(headers, rows);
    const { records } = mapTable(table(headers, rows), match.mapping, { fileName: 'Download.CSV', now, rowRule: rowRuleFor(match.presetId, headers, newFileFacts()) });
    expect(emailsOf(records)).toEqual([PAYER, PAYER]);
    expect(records[1]!.events).toMatchObject([{ type: 'refund', amountMinor: 3000 }]);
  });
});
