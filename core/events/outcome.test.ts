import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open-database';
import { knownStatusWords, outcomeOf } from './outcome';

describe('the outcome of an event, from its status word', () => {
  it('reads every preset vocabulary, in any case, with or without accents', () => {
    const cases: [string, string, string][] = [
      // Stripe
      ['order', 'Paid', 'completed'], ['order', 'Succeeded', 'completed'], ['order', 'Failed', 'failed'],
      ['order', 'Refunded', 'refunded'], ['order', 'Canceled', 'cancelled'], ['order', 'Requires payment method', 'pending'],
      // PayPal
      ['donation', 'Completed', 'completed'], ['donation', 'Pending', 'pending'], ['donation', 'Denied', 'failed'],
      ['donation', 'Reversed', 'refunded'], ['donation', 'Partially Refunded', 'completed'], ['donation', 'Canceled', 'cancelled'],
      // WooCommerce: processing is paid, waiting to ship
      ['order', 'processing', 'completed'], ['order', 'on-hold', 'pending'], ['order', 'pending', 'pending'],
      ['order', 'cancelled', 'cancelled'], ['order', 'refunded', 'refunded'], ['order', 'failed', 'failed'],
      // Shopify financial status
      ['order', 'paid', 'completed'], ['order', 'authorized', 'completed'], ['order', 'partially_paid', 'completed'],
      ['order', 'partially_refunded', 'completed'], ['order', 'voided', 'cancelled'],
      // HelloAsso
      ['donation', 'Validé', 'completed'], ['donation', 'Autorisé', 'completed'], ['donation', 'Annulé', 'cancelled'],
      ['donation', 'Remboursé', 'refunded'], ['donation', 'Refusé', 'failed'], ['donation', 'En attente', 'pending'],
      // French words typed in a plain file
      ['order', 'PAYÉE', 'completed'], ['order', 'réglé', 'completed'], ['order', 'echoue', 'failed'], ['order', 'Échouée', 'failed'],
      // The corpus, and carts
      ['abandoned_cart', 'recovered', 'recovered'], ['abandoned_cart', 'abandoned', 'abandoned'], ['abandoned_cart', 'Récupéré', 'recovered'],
      ['abandoned_cart', 'paid', 'recovered'],
      // Refunds: done unless they say otherwise
      ['refund', 'Completed', 'completed'], ['refund', 'Refunded', 'completed'], ['refund', 'Failed', 'failed'],
    ];
    expect(cases.map(([type, status]) => [type, status, outcomeOf(type, status)])).toEqual(cases);
  });

  it('reads an event without a status, or with a word it does not know, as what an export without a status means', () => {
    expect(outcomeOf('order', null)).toBe('completed');
    expect(outcomeOf('donation', 'Shipped')).toBe('completed');
    expect(outcomeOf('abandoned_cart', null)).toBe('abandoned');
    expect(outcomeOf('abandoned_cart', 'open')).toBe('abandoned');
    expect(outcomeOf('delivery', 'failed')).toBe('completed');
  });
});

// Migration 0012 fills the outcome of rows written before it with the same words: both must agree.
describe('migration 0012 fills existing rows as outcomeOf reads them', () => {
  const realMigrations = 'db/migrations';
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'relance-outcome-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const foldersUpTo = (tag: string): string => {
    const folder = join(dir, 'migrations');
    mkdirSync(join(folder, 'meta'), { recursive: true });
    const journal = JSON.parse(readFileSync(join(realMigrations, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    const entries = journal.entries.slice(0, journal.entries.findIndex((entry) => entry.tag === tag));
    for (const entry of entries) copyFileSync(join(realMigrations, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
    writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
    return folder;
  };

  const variants = (word: string): string[] => {
    const capital = word.charAt(0).toUpperCase() + word.slice(1);
    const bare = word.normalize('NFD').replace(/\p{M}/gu, '');
    return [...new Set([word, capital, word.toUpperCase(), bare, bare.toUpperCase(), word.replace(/ /g, '_'), ` ${capital} `, capital.replace(/ /g, '-')])];
  };

  it('gives every known word, and no status at all, the outcome the import gives it', () => {
    const file = join(dir, 'relance.db');
    const old = openDatabase({ file, migrationsFolder: foldersUpTo('0012_event_outcomes') });
    const insertRows = (sqlite: Database.Database): { id: string; type: string; status: string | null }[] => {
      sqlite.prepare("INSERT INTO contacts (id, first_name, last_name, sort_name, email, email_key, created_at, updated_at) VALUES ('c1', 'Léa', 'Martin', 'martin léa', 'lea@example.com', 'lea@example.com', 0, 0)").run();
      const insert = sqlite.prepare("INSERT INTO contact_events (id, contact_id, type, occurred_at, status, source, created_at) VALUES (?, 'c1', ?, 0, ?, 'import', 0)");
      const rows: { id: string; type: string; status: string | null }[] = [];
      const statuses = [null, 'Shipped', ...knownStatusWords().flatMap(variants)];
      for (const type of ['order', 'donation', 'abandoned_cart', 'refund', 'delivery']) {
        for (const status of statuses) {
          const row = { id: `e${rows.length}`, type, status };
          insert.run(row.id, type, status);
          rows.push(row);
        }
      }
      return rows;
    };
    const rows = insertRows(old.sqlite);
    old.close();

    const current = openDatabase({ file, migrationsFolder: realMigrations });
    try {
      const stored = new Map((current.sqlite.prepare('SELECT id, outcome FROM contact_events').all() as { id: string; outcome: string }[]).map((r) => [r.id, r.outcome]));
      const disagree = rows.filter((row) => stored.get(row.id) !== outcomeOf(row.type, row.status));
      expect(disagree.map((row) => `${row.type} “${row.status}”: ${stored.get(row.id)} ≠ ${outcomeOf(row.type, row.status)}`)).toEqual([]);
      expect(rows.length).toBeGreaterThan(500);
      expect(stored.get('e0')).toBe('completed');
    } finally {
      current.close();
    }
  });
});
