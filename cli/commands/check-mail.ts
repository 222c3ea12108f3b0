import { parseArgs } from 'node:util';
import type { CheckMailSummary } from '../../api';
import { callCore } from '../call';
import { counted } from '../plural';
import { withCore } from '../with-core';

// The summary's names for scripts, as `relance check-mail --help` documents them.
const asJson = (summary: CheckMailSummary) => ({
  looked_at: summary.lookedAt,
  replies: summary.replies,
  auto_replies: summary.autoReplies,
  bounces: summary.bounces,
  complaints: summary.complaints,
  unsubscribes: summary.unsubscribes,
  sent_confirmed: summary.sentConfirmed,
  busy_with: summary.busyWith,
  problem: summary.problem,
  message: summary.message,
});

// Reads what is new in the owner's mailbox once, acts on it, and says what it found (for cron).
export const runCheckMail = async (argv: string[]): Promise<void> => {
  const { values } = parseArgs({ args: argv, options: { 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false } } });
  const summary = await withCore(values, (booted) => callCore(booted, 'mailbox.checkMail', {}));
  if (summary.problem) process.exitCode = 1;
  if (values.json) {
    process.stdout.write(`${JSON.stringify(asJson(summary), null, 2)}\n`);
    return;
  }
  if (summary.busyWith) return console.log(`Nothing read: ${summary.busyWith} is reading this mailbox right now.`);
  if (summary.message) console.error(summary.message);
  if (summary.problem) return;
  console.log(
    `Looked at ${counted(summary.lookedAt, 'new message')}: ${counted(summary.replies, 'reply', 'replies')}, ${counted(summary.autoReplies, 'automatic reply', 'automatic replies')}, ` +
      `${counted(summary.bounces, 'bounce')}, ${counted(summary.complaints, 'complaint')}, ${counted(summary.unsubscribes, 'unsubscribe')}, ` +
      `${counted(summary.sentConfirmed, 'uncertain message')} found in Sent.`,
  );
};
