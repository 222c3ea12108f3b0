// Render benchmark (DESIGN.md §7): 10,000 personalised messages for corpus contacts, each with
// its merge values, fallbacks, escaping, footer and HTML version, beside a bare string-replace
// of the same template texts with the same values, in the same run. Target: ≤ 1 s.
// Run: npm run bench:render
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootCore } from '../core/boot';
import { compileTemplate, composeMessage } from '../core/templates/compose-message';
import { mergeValues, type BusinessIdentity } from '../core/templates/merge-values';
import { programIds, programSteps, shippedTemplate, type TemplateLanguage, type TemplateText } from '../core/templates/shipped-templates';
import { ensureCorpus, root } from './corpus';

const MESSAGES = 10_000;
const TARGET_MS = 1_000;
const ROUNDS = 5;

const business: BusinessIdentity = {
  businessName: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com',
  postalAddress: '3 rue des Lilas, 69001 Lyon', website: 'https://shop.example.com/faq', googlePlaceId: 'ChIJ-example', promoCode: 'LIVRAISON',
};

type Row = { firstName: string; lastName: string; email: string | null; language: string | null; items: string | null; amount: number | null; currency: string | null; link: string | null };

const median = (samples: number[]): number => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

const main = async (): Promise<void> => {
  const corpus = ensureCorpus(10_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'relance-bench-render-'));
  try {
    const booted = bootCore({ dataDir, migrationsFolder: join(root, 'db', 'migrations'), host: 'cli' });
    for (const file of [corpus.contacts, corpus.events]) {
      const staged = booted.stageFile(file.split('/').at(-1)!, readFileSync(file));
      await booted.imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
    }
    // Each contact with its latest cart, if any: what a cart message is about.
    const rows = booted.database.sqlite.prepare(`SELECT c.first_name AS firstName, c.last_name AS lastName, c.email, c.language,
        e.items, e.amount_minor AS amount, e.currency, e.link
      FROM contacts c LEFT JOIN contact_events e ON e.id = (SELECT id FROM contact_events x
        WHERE x.contact_id = c.id AND x.type = 'abandoned_cart' ORDER BY x.occurred_at DESC LIMIT 1)
      ORDER BY c.row_id LIMIT ?`).all(MESSAGES) as Row[];
    booted.close();

    const keys = programIds.flatMap((program) => programSteps[program].map((step) => ({ program, step })));
    const languageOf = (row: Row): TemplateLanguage => (row.language === 'en' ? 'en' : 'fr');

    const relance = () => {
      // Templates are compiled once per run, as the outbox does for a batch.
      const compiled = new Map<string, ReturnType<typeof compileTemplate>>();
      let ok = 0;
      for (let index = 0; index < MESSAGES; index += 1) {
        const row = rows[index % rows.length]!;
        const { program, step } = keys[index % keys.length]!;
        const language = languageOf(row);
        const id = `${program}/${step}/${language}`;
        let template = compiled.get(id);
        if (!template) compiled.set(id, (template = compileTemplate(shippedTemplate({ program, step, language })!, language)));
        const items = row.items ? (JSON.parse(row.items) as { name?: string }[]).map((item) => item.name ?? '') : [];
        const values = mergeValues(row, business, { cartItems: items, cartValueMinor: row.amount, currency: row.currency, checkoutLink: row.link }, language);
        if (composeMessage(template, values).ok) ok += 1;
      }
      return ok;
    };

    // The baseline: the same texts, each {{field|fallback}} swapped for a ready-made string.
    const bare = () => {
      let length = 0;
      for (let index = 0; index < MESSAGES; index += 1) {
        const row = rows[index % rows.length]!;
        const { program, step } = keys[index % keys.length]!;
        const text: TemplateText = shippedTemplate({ program, step, language: languageOf(row) })!;
        const fill = (s: string) => s.replace(/\{\{([a-z_]+)[^}]*\}\}/g, (_, name: string) => (name === 'first_name' ? row.firstName : name === 'promo_code' ? business.promoCode : business.businessName));
        length += fill(text.subject).length + fill(text.body).length;
      }
      return length;
    };

    const time = (work: () => number) => Array.from({ length: ROUNDS }, () => {
      const start = performance.now();
      work();
      return performance.now() - start;
    });
    const rendered = relance();
    const ours = median(time(relance));
    const baseline = median(time(bare));
    console.log('');
    console.log(`${MESSAGES.toLocaleString('en')} messages for ${rows.length.toLocaleString('en')} corpus contacts, ${keys.length} templates × FR/EN: ${rendered.toLocaleString('en')} rendered, ${(MESSAGES - rendered).toLocaleString('en')} need attention`);
    console.log(`Relance (merge values, fallbacks, escaping, footer, HTML): ${ours.toFixed(1)} ms (median of ${ROUNDS})`);
    console.log(`baseline (bare string replace of the same texts):        ${baseline.toFixed(1)} ms`);
    console.log(`target: ${MESSAGES.toLocaleString('en')} messages <= ${TARGET_MS} ms  ${ours <= TARGET_MS ? 'PASS' : 'MISS'}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};

await main();
