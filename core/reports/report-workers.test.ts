import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../api';
import { bootCore, type Booted } from '../boot';
import { DomainError } from '../errors';
import { isDamage } from '../file-problems/file-problems';
import { getReport } from './get-report';
import { reportRange } from './report-range';
import { tsReportWorkerLauncher, type ReportWorkerLauncher } from './report-worker-launcher';
import { fromWire, toWire } from './report-worker-protocol';
import { createReportWorkers } from './report-workers';
import { seederFor } from './test-support/seed-report';

// The Reports page with its parts read by real worker threads (started through tsx, as the
// sources run): the same figures as in one thread, errors worded the same, a dead worker replaced.

const NOW = Date.parse('2026-11-20T12:00:00Z');
const clock = { now: () => new Date(NOW) };
const RANGE = { from: '2026-11-01', to: '2026-11-30' };

let dir = '';
let booted: Booted | null = null;
let started: Worker[] = [];
const exits = new Map<Worker, Promise<number>>();
// The ts launcher, noting each thread it starts so a test can stop one or wait for its end.
const launch: ReportWorkerLauncher = (data) => {
  const worker = tsReportWorkerLauncher(data);
  started.push(worker);
  exits.set(worker, new Promise((resolve) => worker.once('exit', resolve)));
  return worker;
};
const exited = (worker: Worker): Promise<number> => exits.get(worker)!;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-report-workers-'));
  started = [];
  booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'browser', clock, launchReportWorker: launch });
});
afterEach(async () => {
  const ends = started.map(exited);
  booted?.close();
  await Promise.all(ends);
  rmSync(dir, { recursive: true, force: true });
});

const page = () => Promise.resolve(booted!.handlers['reports.get'](contract['reports.get'].input.parse(RANGE)));
// The same page read in this thread alone, from the same connection.
const inThread = () => getReport({ db: booted!.database.db, clock }, RANGE);

// Carts, messages, orders and gifts touching every part of the page.
const seedEverything = (): ReturnType<typeof seederFor> => {
  const seed = seederFor(() => booted!);
  const [ana, bo, cy, di, ed, fa] = ['ana', 'bo', 'cy', 'di', 'ed', 'fa'].map(seed.contact) as [string, string, string, string, string, string];
  seed.event(ana, 'abandoned_cart', '2026-11-02T10:00:00Z', { amountMinor: 3000, reference: 'CA' });
  seed.message(ana, 'cart-recovery', 1, 'CA', '2026-11-03T10:00:00Z');
  seed.message(ana, 'cart-recovery', 2, 'CA', '2026-11-05T10:00:00Z');
  seed.event(ana, 'order', '2026-11-06T10:00:00Z', { amountMinor: 3000 });
  seed.event(bo, 'abandoned_cart', '2026-11-02T10:00:00Z', { reference: 'CB' });
  seed.message(bo, 'cart-recovery', 1, 'CB', null, { state: 'cancelled' });
  seed.event(bo, 'order', '2026-11-02T20:00:00Z', { amountMinor: 3000 });
  seed.event(cy, 'abandoned_cart', '2026-11-02T10:00:00Z', { reference: 'CC' });
  seed.message(cy, 'cart-recovery', 1, 'CC', '2026-11-03T10:00:00Z', { state: 'failed', reason: 'planned; bounced later: 5.1.1' });
  seed.event(cy, 'reply', '2026-11-04T10:00:00Z');
  seed.event(di, 'donation', '2025-05-01T10:00:00Z', { amountMinor: 5000 });
  seed.message(di, 'reactivation', 1, 'reactivation#1', '2026-11-02T10:00:00Z');
  seed.event(di, 'donation', '2026-11-09T10:00:00Z', { amountMinor: 2000, currency: 'CHF' });
  seed.event(ed, 'donation', '2026-11-05T10:00:00Z', { amountMinor: 1000 });
  seed.message(fa, 'review-request', 1, 'D1', '2026-11-03T10:00:00Z');
  seed.message(fa, 'review-request', 2, 'D1', '2026-11-10T10:00:00Z');
  return seed;
};

describe('the Reports page read by worker threads', () => {
  it('gives exactly the figures of one thread, in two workers started on the first page', async () => {
    const seed = seedEverything();
    const report = await page();
    expect(started).toHaveLength(2);
    expect(report).toEqual(await inThread());
    expect(report.cartFunnel).toEqual({ abandoned: 3, enrolled: 2, recoveredByMessage: [0, 1, 0], recoveredWithoutMessage: 1, lost: 1 });
    expect(report.donors).toMatchObject({ lastYearDonors: 1, gaveAgain: 1, lybuntWonBack: 1, newDonors: 1, returningDonors: 1, averageGiftMinor: { CHF: 2000, EUR: 1000 } });
    expect(report.programs.find((p) => p.program === 'reactivation')).toMatchObject({ sent: 1, converted: 1, revenueMinor: { CHF: 2000 } });
    expect(report.reviews).toEqual({ requestsSent: 1, remindersSent: 1, reviewsReceived: 0 });
    // A warm page reuses them, and sees what was written since.
    seed.event('ed', 'abandoned_cart', '2026-11-12T10:00:00Z', { outcome: 'recovered' });
    const again = await page();
    expect(started).toHaveLength(2);
    expect(again.cartFunnel).toMatchObject({ abandoned: 4, recoveredWithoutMessage: 2 });
    expect(again).toEqual(await inThread());
  });

  it('reads each part in a worker exactly as here', async () => {
    seedEverything();
    const workers = createReportWorkers(launch, booted!.database.file);
    const range = reportRange(RANGE, NOW, 'Europe/Paris');
    const request = { range, settings: { attributionDays: { 'cart-recovery': 7, reactivation: 30, 'review-request': 14 }, fiscalYearStartMonth: 1, timeZone: 'Europe/Paris' } };
    const [funnel, donors] = await Promise.all([workers.run(0, { part: 'funnel', ...request }).result, workers.run(1, { part: 'donors', ...request }).result]);
    workers.close();
    const expected = await inThread();
    expect(funnel).toEqual(expected.cartFunnel);
    expect(donors).toEqual(expected.donors);
    expect(funnel).toMatchObject({ abandoned: 3, recoveredByMessage: [0, 1, 0] });
  });

  it('replaces a worker that died, and reads its part here when it dies during a page', async () => {
    seedEverything();
    const expected = await inThread();
    await page();
    await started[0]!.terminate();
    expect(await page()).toEqual(expected);
    expect(started).toHaveLength(3);
    // Stopping as the page asks it for its part: the part is read in this thread instead.
    const stopping = started[2]!.terminate();
    expect(await page()).toEqual(expected);
    await stopping;
    expect(await page()).toEqual(expected);
    expect(started).toHaveLength(4);
  });

  it('closes its workers when core closes', async () => {
    await page();
    const ends = started.map(exited);
    booted!.close();
    booted = null;
    expect(await Promise.all(ends)).toEqual([0, 0]);
  });

  it('refuses a range the same way as in one thread', async () => {
    const error = await Promise.resolve(booted!.handlers['reports.get']({ from: '2026-11-10', to: '2026-11-01' })).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toContain('after it ends');
  });
});

describe('a report worker on its own', () => {
  const request = { part: 'funnel' as const, range: reportRange(RANGE, NOW, 'Europe/Paris'), settings: { attributionDays: { 'cart-recovery': 7, reactivation: 30, 'review-request': 14 }, fiscalYearStartMonth: 1, timeZone: 'Europe/Paris' } };

  it("passes SQLite's error code across the thread, so a damaged file is worded as one", async () => {
    const garbage = join(dir, 'not-a-database.db');
    writeFileSync(garbage, Buffer.alloc(64 * 1024, 7));
    const workers = createReportWorkers(launch, garbage);
    const error = await workers.run(0, request).result.catch((thrown: unknown) => thrown);
    workers.close();
    expect(error).toMatchObject({ code: 'SQLITE_NOTADB' });
    expect(isDamage(error)).toBe(true);
  });

  it('keeps a DomainError its code and issues across the thread', () => {
    const error = fromWire(toWire(new DomainError('VALIDATION', 'No.', [{ path: 'from', message: 'No.' }])));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'No.', issues: [{ path: 'from', message: 'No.' }] });
  });

  it('gives a part back to the caller when it has not begun it, and then skips it', async () => {
    const workers = createReportWorkers(launch, booted!.database.file, { size: 1 });
    // Asked while its thread is still starting: taken back at once.
    const first = workers.run(0, request);
    expect(first.takeBack()).toBe(true);
    const second = workers.run(0, request);
    expect(await second.result).toMatchObject({ abandoned: 0 });
    // Answered: too late to take it back.
    expect(second.takeBack()).toBe(false);
    workers.close();
  });

  it('reads every part here when the workers are gone', async () => {
    const seed = seedEverything();
    seed.event('ana', 'donation', '2026-11-10T10:00:00Z', { amountMinor: 700 });
    const workers = createReportWorkers(launch, booted!.database.file);
    workers.close();
    expect(await getReport({ db: booted!.database.db, clock, reportWorkers: workers }, RANGE)).toEqual(await inThread());
  });

  it('keeps kept workers up while idle, and reads the first page with them', async () => {
    seedEverything();
    const workers = createReportWorkers(launch, booted!.database.file, { size: 2, idleMs: 50 });
    workers.keepWarm();
    const isUp = () => workers.isReady(0) && workers.isReady(1);
    for (let waited = 0; !isUp() && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(isUp()).toBe(true);
    // Many idle periods later, both still answer, and the page is read in their threads.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const running = started.slice(-2);
    const ended = await Promise.race([...running.map(exited), new Promise((resolve) => setTimeout(() => resolve('up'), 50))]);
    expect(ended).toBe('up');
    expect(await getReport({ db: booted!.database.db, clock, reportWorkers: workers }, RANGE)).toEqual(await inThread());
    expect(started.slice(-2)).toEqual(running);
    workers.close();
  });

  it('closes a worker left idle', async () => {
    const workers = createReportWorkers(launch, booted!.database.file, { size: 1, idleMs: 50 });
    expect(await workers.run(0, request).result).toMatchObject({ abandoned: 0 });
    expect(await exited(started.at(-1)!)).toBe(0);
    workers.close();
  });
});
