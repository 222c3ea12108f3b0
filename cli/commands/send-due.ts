import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { SendSummary } from '../../api';
import { quietSendSummary } from '../../core/sending/quiet-pass';
import { databaseFile, resolveDataDir } from '../../db/data-dir';
import { CliError } from '../output';
import { migrationsFolder } from '../paths';

// `relance send-due`, for cron. Most runs find nothing due: those answer after a read-only look
// (core/sending/quiet-pass.ts) and never load the rest of core, which took about half of the
// command's time (docs/performance.md). Anything else boots core and runs one pass of the
// scheduler through the contract, as the open app does.
export const runSendDue = async (argv: string[]): Promise<void> => {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, 'max-wait': { type: 'string', default: '240' }, json: { type: 'boolean', default: false } },
  });
  const maxWait = Number(values['max-wait']);
  if (!Number.isFinite(maxWait) || maxWait < 0) throw new CliError('--max-wait takes a number of seconds, 0 or more.', 2);
  const summary = quietSummary(values['data-dir']) ?? (await fullPass(values, maxWait));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  if (summary.busyWith) {
    console.log(`Nothing sent: ${summary.busyWith} is sending for this database right now.`);
    return;
  }
  console.log(`Sent ${summary.sent}, deferred ${summary.deferred}, failed ${summary.failed}, unknown ${summary.unknown}, paused ${summary.paused}, waiting ${summary.waiting}, held ${summary.held}.`);
  if (summary.mailboxPaused) console.log(summary.mailboxPaused);
};

// A missing database is left to the whole pass, which says so as every command does.
const quietSummary = (dataDirFlag: string | undefined): SendSummary | null => {
  const dataDir = resolveDataDir({ flag: dataDirFlag });
  if (!existsSync(databaseFile(dataDir, false))) return null;
  return quietSendSummary({ dataDir, migrationsFolder: migrationsFolder(), now: Date.now() });
};

// One pass of the scheduler, as the open app runs it (changes were planned when they were made).
const fullPass = async (values: { 'data-dir'?: string | undefined }, maxWait: number): Promise<SendSummary> => {
  const [{ withCore }, { callCore }] = await Promise.all([import('../with-core'), import('../call')]);
  return withCore(values, (booted) => callCore(booted, 'outbox.sendDue', {}), { passWaitMs: maxWait * 1000 });
};
