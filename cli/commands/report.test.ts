import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCore } from '../../core/boot';
import { seederFor } from '../../core/reports/test-support/seed-report';
import { repoRoot, runCli, type CliRun } from '../test-support/run-cli';

let dir: string;
let dataDir: string;
const relance = (...args: string[]): Promise<CliRun> => runCli(join(dir, 'never-used'), ...args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-report-'));
  dataDir = join(dir, 'data');
  const booted = bootCore({ dataDir, migrationsFolder: join(repoRoot, 'db', 'migrations'), host: 'cli' });
  try {
    const seed = seederFor(() => booted);
    const ana = seed.contact('ana');
    seed.event(ana, 'abandoned_cart', '2026-11-02T10:00:00Z', { amountMinor: 4550, reference: 'C1' });
    seed.message(ana, 'cart-recovery', 1, 'C1', '2026-11-03T10:00:00Z');
    seed.event(ana, 'order', '2026-11-05T10:00:00Z', { amountMinor: 4550, reference: 'O1' });
  } finally {
    booted.close();
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('relance report', () => {
  it('prints the figures as JSON with the keys the issue names', async () => {
    const run = await relance('report', '--data-dir', dataDir, '--from', '2026-11-01', '--to', '2026-11-30', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    expect(json.programs).toEqual([
      { program: 'cart-recovery', step: 1, prepared: 1, sent: 1, bounced: 0, replied: 0, unsubscribed: 0, converted: 1, revenue_minor: { EUR: 4550 } },
    ]);
    expect(json.cart_funnel).toMatchObject({ abandoned: 1, enrolled: 1, recovered_by_message: [1, 0, 0] });
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['donors', 'reviews']));
  });

  it('prints readable tables, money in the currency', async () => {
    const run = await relance('report', '--data-dir', dataDir, '--from', '2026-11-01', '--to', '2026-11-30');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Report from 2026-11-01 to 2026-11-30 (Europe/Paris)');
    expect(run.stdout).toMatch(/cart-recovery\s+1\s+1\s+1\s+0\s+0\s+0\s+1\s+45\.50 EUR/);
    expect(run.stdout).toMatch(/recovered by message 1\s+1/);
  });

  it('exits 2 with a sentence on a bad date', async () => {
    // Three processes at once: each one starts Node and tsx, several seconds on a busy machine.
    const [notADay, notADate, reversed] = await Promise.all([
      relance('report', '--data-dir', dataDir, '--from', '2026-02-30'),
      relance('report', '--data-dir', dataDir, '--to', '30/11/2026'),
      relance('report', '--data-dir', dataDir, '--from', '2026-11-30', '--to', '2026-11-01'),
    ]);
    expect(notADay.code).toBe(2);
    expect(notADay.stderr).toBe('relance: --from 2026-02-30 is not a day of the calendar.\n');
    expect(notADate.code).toBe(2);
    expect(notADate.stderr).toContain('--to takes a date such as 2026-11-30');
    expect(reversed.code).toBe(2);
  }, 60_000);
});
