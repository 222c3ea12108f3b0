import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './test-support/run-cli';

// A WooCommerce Analytics orders download imported from the terminal, as an owner does: the
// dry run says what the import then does, the left-out columns are named, and a second import
// adds nothing.
describe('relance import of a WooCommerce Analytics orders export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relance-wc-analytics-'));
  const dataDir = join(dir, 'data');
  const file = fileURLToPath(new URL('../core/imports/map/test-fixtures/woocommerce-analytics-orders.csv', import.meta.url));
  const relance = (...args: string[]) => runCli(join(dir, 'unused'), ...args, '--data-dir', dataDir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Three runs of the command, each booting core in a child process: slow on a busy machine.
  it('announces in the dry run what the import does, says which columns it leaves out, and adds nothing twice', { timeout: 120_000 }, async () => {
    const dry = await relance('import', file, '--dry-run');
    expect(dry.stdout).toMatch(/WooCommerce Analytics orders/);
    expect(dry.stdout).toMatch(/^Would create 3, update 0, skipped 0, merged 1 duplicate, rejected 0; 4 events\.$/m);
    expect(dry.stdout).toMatch(/^ {2}left out: “Customer type” says whether the customer was new or returning; it is not a kind of event\.$/m);

    const imported = await relance('import', file);
    expect(imported.stdout).toMatch(/^Created 3, updated 0, skipped 0, merged 1 duplicate, rejected 0; 4 events\.$/m);

    const again = await relance('import', file, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, events: 0, leftOut: [expect.objectContaining({ column: 'Customer type', rule: 'import.leftOut.customerType' }), expect.anything()] });
  });
});
