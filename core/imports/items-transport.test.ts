import { describe, expect, it } from 'vitest';
import { useTempCore } from '../test-support/temp-core';
import { itemsAsWritten, itemsWriter } from './write-batch';

// Items travel to the writer with their wide characters escaped (write-batch.ts); the timeline
// stores them as JSON.stringify wrote them.

const boot = useTempCore('items-transport', { now: () => new Date('2026-11-25T10:00:00Z') });

const EVENTS = [
  'email,type,occurred_at,amount,currency,status,reference,items',
  'ann@example.com,order,2025-01-26T09:10:42Z,73.80,EUR,paid,#2,"2× Bougie 🕯️ parfumée, 1× Tasse « Café ☕ »"',
  'bob@example.com,abandoned_cart,2025-01-21T00:42:27Z,60.00,EUR,abandoned,AC1,3× Carte cadeau',
].join('\r\n');

describe('the items of an event, on their way to the writer', () => {
  it('are one byte a character on the way and stored as JSON.stringify wrote them', () => {
    const items = [{ name: 'Bougie 🕯️ parfumée', quantity: 2 }, { name: 'a\u0001b\\u0041 ☕', quantity: 1 }];
    const carried = itemsWriter()(items)!;
    expect(/[^\x00-\xff]/.test(carried)).toBe(false);
    expect(itemsAsWritten(carried)).toBe(JSON.stringify(items));
    expect(itemsAsWritten(null)).toBeNull();
  });

  it('reach the timeline with their emoji and quotes', async () => {
    const booted = boot();
    const staged = booted.stageFile('events.csv', new TextEncoder().encode(EVENTS));
    await booted.imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
    const stored = booted.database.sqlite.prepare("SELECT items FROM contact_events WHERE reference = '#2'").pluck().get() as string;
    expect(stored).toContain('🕯️');
    expect(stored).toContain('« Café ☕ »');
    expect(stored).toBe(JSON.stringify(JSON.parse(stored)));
  });
});
