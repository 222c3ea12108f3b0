// Render benchmark (docs/performance.md): 10,000 personalised messages for corpus contacts through the
// outbox's own code (read the contact's file, plan, check, merge values, fallbacks, escaping,
// footer, HTML), beside a bare string-replace of the same template texts in the same run.
// Target: ≤ 1 s. Run: npm run bench:render
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract, type ProgramId } from '../api';
import { bootCore } from '../core/boot';
import { contactFileReader } from '../core/outbox/outbox-facts';
import { prepareMessages } from '../core/outbox/prepare-messages';
import { templateSource } from '../core/outbox/template-source';
import { shippedTemplate } from '../core/templates/shipped-templates';
import { ensureCorpus, loadCorpus, median, root } from './corpus';

const MESSAGES = 10_000;
const TARGET_MS = 1_000;
const ROUNDS = 5;
// The corpus ends on 2026-01-01; its carts of the last week are then still recoverable.
const NOW = Date.parse('2025-12-31T12:00:00Z');
const clock = { now: () => new Date(NOW) };
const PROGRAMS: ProgramId[] = ['cart-recovery', 'review-request', 'reactivation'];

const timed = (work: () => number): { ms: number; value: number } => {
  const runs = Array.from({ length: ROUNDS }, () => {
    const start = performance.now();
    const value = work();
    return { ms: performance.now() - start, value };
  });
  return { ms: median(runs.map((r) => r.ms)), value: runs[0]!.value };
};

const main = async (): Promise<void> => {
  const corpus = ensureCorpus(10_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'relance-bench-render-'));
  try {
    const booted = bootCore({ dataDir, migrationsFolder: join(root, 'db', 'migrations'), host: 'cli', clock });
    await loadCorpus(booted, corpus);
    const settings = await booted.handlers['settings.update'](contract['settings.update'].input.parse({
      business: { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: 'https://shop.example.com' },
      googlePlaceId: 'ChIJ-example',
      promoCode: 'LIVRAISON',
    }));
    const sqlite = booted.database.sqlite;
    const ids = sqlite.prepare('SELECT id FROM contacts ORDER BY row_id').pluck().all() as string[];

    // The outbox path: each contact's file read from SQLite, every program planned, checked and rendered.
    const outbox = () => {
      const read = contactFileReader(sqlite);
      const templates = templateSource(sqlite);
      let messages = 0;
      for (let i = 0; messages < MESSAGES; i += 1) {
        const file = read(ids[i % ids.length]!)!;
        messages += prepareMessages(file, settings, templates, NOW, PROGRAMS).length;
      }
      return messages;
    };

    // The baseline: the same shipped texts, each {{field|fallback}} swapped for a ready string.
    const bare = () => {
      for (let i = 0; i < MESSAGES; i += 1) {
        const text = shippedTemplate({ program: PROGRAMS[i % 3]!, step: 1, language: i % 2 ? 'fr' : 'en' })!;
        const fill = (s: string) => s.replace(/\{\{([a-z_]+)[^}]*\}\}/g, (_, name: string) => (name === 'first_name' ? `N${i}` : name));
        fill(text.subject);
        fill(text.body);
      }
      return MESSAGES;
    };

    const ours = timed(outbox);
    const baseline = timed(bare);
    booted.close();
    console.log('');
    console.log(`${ours.value.toLocaleString('en')} messages (cart recovery, review requests, reactivation; FR and EN) for ${ids.length.toLocaleString('en')} corpus contacts`);
    console.log(`Relance outbox path (read, plan, check, merge, escape, footer, HTML): ${ours.ms.toFixed(1)} ms (median of ${ROUNDS})`);
    console.log(`baseline (bare string replace of the same texts):                    ${baseline.ms.toFixed(1)} ms`);
    console.log(`target: ${MESSAGES.toLocaleString('en')} messages <= ${TARGET_MS} ms  ${ours.ms <= TARGET_MS ? 'PASS' : 'MISS'}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};

await main();
