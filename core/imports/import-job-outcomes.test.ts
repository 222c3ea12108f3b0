import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootCore, type Booted } from '../boot';
import { DomainError } from '../errors';
import { tsWorkerLauncher } from './worker-launcher';

// What an import tells the person, end to end: a refused file keeps its rule from the reader to
// the host, in this thread (CLI) and across the import worker thread (windows), so the Import
// screen can word it in French too; a HelloAsso export is in euros; the date order is said.

let dir: string;
let booted: Booted | null = null;
afterEach(() => {
  booted?.close();
  rmSync(dir, { recursive: true, force: true });
});

const boot = (inWorker: boolean): Booted => {
  dir = mkdtempSync(join(tmpdir(), 'relance-refusal-'));
  booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', ...(inWorker && { launchImportWorker: tsWorkerLauncher }) });
  return booted;
};

const previewError = async (core: Booted, fileName: string, bytes: Uint8Array): Promise<DomainError> => {
  const { fileId } = core.stageFile(fileName, bytes);
  const error = await core.imports.preview({ fileId, mapping: null, mode: 'update', country: 'FR' }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
};

const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj');

describe('a refused file', () => {
  it('keeps its rule in this thread', async () => {
    const error = await previewError(boot(false), 'contacts.csv', pdf);
    expect(error.issues).toMatchObject([{ rule: 'import.file.pdf', params: { fileName: 'contacts.csv', format: 'PDF' } }]);
  });

  it('keeps its code and rule across the import worker', async () => {
    const error = await previewError(boot(true), 'contacts.csv', pdf);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toMatchObject([{ rule: 'import.file.pdf', params: { fileName: 'contacts.csv', format: 'PDF' } }]);
  });

  it('says a staged file is gone with its rule', async () => {
    const core = boot(false);
    const error = await core.imports.preview({ fileId: 'no-such-file-0000', mapping: null, mode: 'update', country: 'FR' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', issues: [{ rule: 'import.file.gone' }] });
  });
});

describe('a HelloAsso export', () => {
  it('is stored with its amounts in euros', async () => {
    const core = boot(false);
    const csv = [
      'Référence commande;Montant total;Date du paiement;Statut du paiement;Nom payeur;Prénom payeur;Email payeur',
      '82810;45,00;03/04/2026 18:23:13;Payé;Dupré;Hélène;helene@example.com',
    ].join('\r\n');
    const { fileId } = core.stageFile('paiements.csv', new TextEncoder().encode(csv));
    const result = await core.imports.runNow({ fileId, mapping: null, mode: 'update', country: 'FR' }, false);
    expect(result.preview.presetId).toBe('helloasso');
    const stored = core.database.sqlite.prepare('SELECT type, amount_minor AS amountMinor, currency FROM contact_events').all();
    expect(stored).toEqual([{ type: 'donation', amountMinor: 4500, currency: 'EUR' }]);
  });
});

describe('the result of an import', () => {
  it('says how the file’s dates were read', async () => {
    const core = boot(false);
    const csv = ['Email,Date,Amount,Type', 'ann@example.com,23/04/2024,10,order', 'bob@example.com,01/05/2024,12,order'].join('\r\n');
    const { fileId } = core.stageFile('orders.csv', new TextEncoder().encode(csv));
    const result = await core.imports.runNow({ fileId, mapping: null, mode: 'update', country: 'FR' }, true);
    expect(result.preview.dateOrder).toMatchObject({ rule: 'import.dateOrder.dayFirst', params: { example: '23/04/2024' } });
  });
});

describe('a file big enough for the writer thread', () => {
  it('is written by it from inside the import worker, as a window imports it', async () => {
    const core = boot(true);
    // Over 2 MB: the import worker starts the writer thread (run-import-job.ts).
    const rows = Array.from({ length: 30_000 }, (_, i) => `person${i}@example.com,Person ${i},Lastname ${i},+33 6 12 ${String(i).padStart(6, '0').replace(/(\d\d)(\d\d)(\d\d)/, '$1 $2 $3')}`);
    const csv = ['Email,First name,Last name,Phone', ...rows].join('\r\n');
    expect(csv.length).toBeGreaterThan(2_000_000);
    const { fileId } = core.stageFile('people.csv', new TextEncoder().encode(csv));
    const result = await core.imports.runNow({ fileId, mapping: null, mode: 'update', country: 'FR' }, false);
    expect(result.commit).toMatchObject({ created: 30_000, rejected: 0 });
    expect(core.database.sqlite.prepare("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH '\"person29999\"*'").pluck().get()).toBe(1);
  });
});
