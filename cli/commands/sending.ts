import { parseArgs } from 'node:util';
import { callCore } from '../call';
import { CliError } from '../output';
import { ownerTime, ownerZoneOf } from '../owner-time';
import { counted } from '../plural';
import { withCore } from '../with-core';

export const runApprove = async (argv: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'data-dir': { type: 'string' }, due: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
  });
  if (values.due === positionals.length > 0) throw new CliError('Name the messages to approve (relance approve ID...), or use --due.', 2);
  await withCore(values, async (booted) => {
    if (values.due) {
      const { approved } = await callCore(booted, 'outbox.approveDue', {});
      if (values.json) process.stdout.write(`${JSON.stringify({ approved }, null, 2)}\n`);
      else console.log(`Approved ${counted(approved, 'message')} whose time has come.`);
      return;
    }
    const approved = [];
    for (const id of positionals) approved.push(await callCore(booted, 'outbox.approve', { id }));
    const zone = await ownerZoneOf(booted);
    if (values.json) process.stdout.write(`${JSON.stringify(approved.map((e) => ({ id: e.id, state: e.state, scheduled_at: e.scheduledAt })), null, 2)}\n`);
    else for (const e of approved) console.log(`Approved ${e.id}: ${e.program} ${e.step} to ${e.contact.email ?? e.contact.phone ?? '?'}, from ${ownerTime(e.scheduledAt, zone)}.`);
  });
};

export const runSendDue = async (argv: string[]): Promise<void> => {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, 'max-wait': { type: 'string', default: '240' }, json: { type: 'boolean', default: false } },
  });
  const maxWait = Number(values['max-wait']);
  if (!Number.isFinite(maxWait) || maxWait < 0) throw new CliError('--max-wait takes a number of seconds, 0 or more.', 2);
  // One pass of the scheduler, as the open app runs it (changes were planned when they were made).
  const summary = await withCore(values, (booted) => callCore(booted, 'outbox.sendDue', {}), { passWaitMs: maxWait * 1000 });
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
