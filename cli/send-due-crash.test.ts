import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Delivery, type TestServer } from '../core/mail/test-support/smtp-test-server';
import { databaseFile } from '../db/data-dir';
import { seedCrashDataDir } from './test-support/crash-seed';
import { killHard, sendDueToEnd, spawnSendDue, waitUntil } from './test-support/send-due-child';

// "Never twice, never lost" (docs/sending.md), on the real `relance send-due` process: it is
// SIGKILLed at each named moment of sending, then run again to the end (and once more), and the
// database file and the SMTP server's log must agree: nothing delivered twice, nothing to a
// suppressed address, nothing left half-way, and the killed message has the fate its moment implies.
type Moment = 'after-claim' | 'after-sending-commit' | 'during-data' | 'after-answer';
type Row = { id: string; state: string; messageId: string | null; step: number; email: string };

const RUNS_PER_MOMENT = 5;
// The state the killed message is found in right after the kill, and where it must end.
const KILLED: Record<Moment, { found: string; ends: string; deliveries: number }> = {
  'after-claim': { found: 'queued', ends: 'sent', deliveries: 1 },
  'after-sending-commit': { found: 'sending', ends: 'unknown', deliveries: 0 },
  'during-data': { found: 'sending', ends: 'unknown', deliveries: 0 },
  'after-answer': { found: 'sending', ends: 'unknown', deliveries: 1 },
};

let server: TestServer;
let root: string;
// The server asks the script once at RCPT TO and once more when the final dot has arrived: the
// second question for a stalled recipient means the whole message is there, unanswered.
const questions = new Map<string, number>();
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'relance-send-crash-'));
  server = await startTestServer({
    script: (to) => {
      questions.set(to, (questions.get(to) ?? 0) + 1);
      return to.startsWith('stall-') ? { kind: 'stall' } : { kind: 'accept' };
    },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const readRows = (dataDir: string): { rows: Row[]; integrity: unknown } => {
  const db = new Database(databaseFile(dataDir), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare(`SELECT o.id, o.state, o.message_id AS messageId, o.step, c.email FROM outbox o JOIN contacts c ON c.id = o.contact_id
      ORDER BY o.scheduled_at, o.id`).all() as Row[];
    return { rows, integrity: db.pragma('integrity_check', { simple: true }) };
  } finally {
    db.close();
  }
};

type Plan = { moment: Moment; dataDir: string; recipients: string[]; suppressed: string | null; stalled: string | null };

// Run `n` of a moment: 3 to 5 recipients; in four runs of five one is suppressed after approval,
// at a position that moves; for during-data another one, also moving, never answers its data.
const planRun = (moment: Moment, n: number, serial: number): Plan => {
  const count = 3 + (n % 3);
  const suppressedAt = n === RUNS_PER_MOMENT - 1 ? -1 : n % count;
  const stalledAt = moment === 'during-data' ? (suppressedAt + 1 + (n % 2)) % count : -1;
  const recipients = Array.from({ length: count }, (_, k) => `${k === stalledAt ? 'stall-' : ''}r${serial}-${k}@example.com`);
  return {
    moment, dataDir: join(root, `run-${serial}`), recipients,
    suppressed: suppressedAt >= 0 ? recipients[suppressedAt]! : null,
    stalled: stalledAt >= 0 ? recipients[stalledAt]! : null,
  };
};

// Stops the first process at its moment and kills it; returns the message it was sending.
const crashAt = async (plan: Plan): Promise<Row> => {
  const run = spawnSendDue(plan.dataDir, plan.moment === 'during-data' ? undefined : plan.moment);
  if (plan.stalled) await waitUntil(run, () => (questions.get(plan.stalled!) ?? 0) >= 2, 'the stalled message data on the server');
  else await waitUntil(run, () => run.stderr().includes(`relance: stopped at ${plan.moment}\n`), `the moment ${plan.moment}`);
  expect(await killHard(run), 'how the first process ended').toBe('SIGKILL');
  const { rows } = readRows(plan.dataDir);
  const caught = rows.filter((r) => r.state === 'queued' || r.state === 'sending');
  expect(caught.map((r) => [r.email, r.state]), 'the one message the killed process was on').toEqual([[expectedKilled(plan), KILLED[plan.moment].found]]);
  return caught[0]!;
};

// The first process stops on the first message it claims: the first recipient not suppressed,
// or, for during-data, the stalled one (those before it went normally).
const expectedKilled = (plan: Plan): string => plan.stalled ?? plan.recipients.find((r) => r !== plan.suppressed)!;

const deliveriesOf = (plan: Plan): Delivery[] => server.deliveries.filter((d) => d.to.some((to) => plan.recipients.includes(to)));

const checkAfterRecovery = (plan: Plan, killed: Row): void => {
  const { rows, integrity } = readRows(plan.dataDir);
  const deliveries = deliveriesOf(plan);
  expect(integrity).toBe('ok');
  const perMessageId = new Map<string | null, number>();
  for (const d of deliveries) perMessageId.set(d.messageId, (perMessageId.get(d.messageId) ?? 0) + 1);
  expect(perMessageId.has(null), 'every delivery carries a Message-ID').toBe(false);
  expect([...perMessageId].filter(([, count]) => count > 1), 'Message-IDs delivered more than once').toEqual([]);
  expect(rows.filter((r) => r.state === 'sending' || r.state === 'queued'), 'rows left half-way').toEqual([]);
  for (const sent of rows.filter((r) => r.state === 'sent')) {
    expect(deliveries.filter((d) => d.messageId === sent.messageId && d.to.includes(sent.email)), `the delivery of sent ${sent.email}`).toHaveLength(1);
  }
  if (plan.suppressed) {
    expect(deliveries.filter((d) => d.to.includes(plan.suppressed!)), 'deliveries to the suppressed address').toEqual([]);
    expect(rows.find((r) => r.email === plan.suppressed && r.step === 1)?.state).toBe('cancelled');
  }
  const fate = KILLED[plan.moment];
  const after = rows.find((r) => r.id === killed.id)!;
  expect(after, 'the killed message').toMatchObject({ state: fate.ends, messageId: killed.messageId });
  expect(deliveries.filter((d) => d.messageId === killed.messageId), 'deliveries of the killed message').toHaveLength(fate.deliveries);
  // Never lost: every other approved message went, exactly once.
  for (const email of plan.recipients.filter((r) => r !== plan.suppressed && r !== killed.email)) {
    const row = rows.find((r) => r.email === email && r.step === 1)!;
    expect(row.state, `the state of ${email}`).toBe('sent');
    expect(deliveries.filter((d) => d.to.includes(email)), `deliveries to ${email}`).toHaveLength(1);
  }
};

const MOMENTS: readonly Moment[] = ['after-claim', 'after-sending-commit', 'during-data', 'after-answer'];

describe('relance send-due killed with SIGKILL mid-send', () => {
  let serial = 0;
  for (const moment of MOMENTS) {
    for (let n = 0; n < RUNS_PER_MOMENT; n += 1) {
      it(`${moment}, run ${n + 1}: never twice, never lost`, async () => {
        serial += 1;
        const plan = planRun(moment, n, serial);
        await seedCrashDataDir({ dataDir: plan.dataDir, port: server.port, recipients: plan.recipients, suppressed: plan.suppressed });
        const killed = await crashAt(plan);
        const second = await sendDueToEnd(plan.dataDir);
        expect(second.code, second.stderr).toBe(0);
        const third = await sendDueToEnd(plan.dataDir);
        expect(third.code, third.stderr).toBe(0);
        expect(third.summary).toMatchObject({ sent: 0, unknown: 0, busyWith: null });
        checkAfterRecovery(plan, killed);
      }, 60_000);
    }
  }
});
