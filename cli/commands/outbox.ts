import { parseArgs } from 'node:util';
import { outboxViews, type OutboxEntry, type OutboxView } from '../../api';
import type { Booted } from '../../core/boot';
import { callCore } from '../call';
import { CliError, formatTable } from '../output';
import { ownerReason, ownerTime, ownerZoneOf } from '../owner-time';
import { withCore } from '../with-core';

const PAGE = 500;

const entriesOf = async (booted: Booted, view: OutboxView): Promise<OutboxEntry[]> => {
  const all: OutboxEntry[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await callCore(booted, 'outbox.list', { view, offset, limit: PAGE });
    all.push(...page.rows);
    if (all.length >= page.total || page.rows.length === 0) return all;
  }
};

export const runOutbox = async (argv: string[]): Promise<void> => {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, view: { type: 'string' }, json: { type: 'boolean', default: false }, demo: { type: 'boolean', default: false } },
  });
  if (values.view !== undefined && !(outboxViews as readonly string[]).includes(values.view)) {
    throw new CliError(`--view takes one of: ${outboxViews.join(', ')}.`, 2);
  }
  const views = values.view ? [values.view as OutboxView] : [...outboxViews];
  const { entries, zone } = await withCore(values, async (booted) => {
    const all: OutboxEntry[] = [];
    for (const view of views) all.push(...(await entriesOf(booted, view)));
    return { entries: all, zone: await ownerZoneOf(booted) };
  });
  if (values.json) {
    const json = entries.map((e) => ({
      id: e.id,
      contact: { id: e.contact.id, email: e.contact.email, firstName: e.contact.firstName, lastName: e.contact.lastName, phone: e.contact.phone },
      program: e.program,
      step: e.step,
      channel: e.channel,
      scheduled_at: e.scheduledAt,
      state: e.state,
      reason: e.reason,
      subject: e.subject,
      message_id: e.messageId,
      attempts: e.attempts,
      next_attempt_at: e.nextAttemptAt,
      smtp_code: e.smtpCode,
      enhanced_code: e.enhancedCode,
      smtp_response: e.smtpResponse,
      sent_at: e.sentAt,
    }));
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  const rows = entries.map((e) => [
    ownerTime(e.scheduledAt, zone), e.state, `${e.program} ${e.step}`, e.contact.email ?? e.contact.phone ?? '', e.subject, e.smtpResponse ?? ownerReason(e.reason, zone),
  ]);
  process.stdout.write(`${formatTable(['When', 'State', 'Program', 'To', 'Subject', 'Why / answer'], rows, 50)}\n`);
};
