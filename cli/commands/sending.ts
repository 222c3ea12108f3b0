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
