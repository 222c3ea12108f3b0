import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { securityModes, type MailboxConfig, type MailboxStatus, type SecurityMode } from '../../api';
import { findPreset, mailboxPresets } from '../../api/mailbox-presets';
import { callCore } from '../call';
import { CliError } from '../output';
import { withCore } from '../with-core';

const OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  'smtp-host': { type: 'string' },
  'smtp-port': { type: 'string' },
  security: { type: 'string' },
  user: { type: 'string' },
  from: { type: 'string' },
  'from-name': { type: 'string' },
  'reply-to': { type: 'string' },
  preset: { type: 'string' },
  'min-interval': { type: 'string' },
  'hourly-cap': { type: 'string' },
  'daily-cap': { type: 'string' },
  'password-stdin': { type: 'boolean', default: false },
  'send-to': { type: 'string' },
  'trust-certificate': { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>['values'];

const count = (text: string | undefined, name: string): number | undefined => {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new CliError(`--${name} takes a whole number, 0 or more.`, 2);
  return value;
};

// What was given, over the preset, over what was saved; the contract's schema checks the rest.
const configFrom = (values: Values, saved: MailboxConfig | null): Record<string, unknown> => {
  const preset = values.preset === undefined ? undefined : findPreset(values.preset);
  if (values.preset !== undefined && !preset) throw new CliError(`Unknown preset "${values.preset}". Presets: ${mailboxPresets.map((p) => p.id).join(', ')}.`, 2);
  if (values.security !== undefined && !(securityModes as readonly string[]).includes(values.security)) throw new CliError('--security takes tls, starttls or none.', 2);
  const given = {
    presetId: preset?.id,
    host: values['smtp-host'],
    port: count(values['smtp-port'], 'smtp-port'),
    security: values.security as SecurityMode | undefined,
    user: values.user,
    fromAddress: values.from,
    fromName: values['from-name'],
    replyTo: values['reply-to'],
    minIntervalSeconds: count(values['min-interval'], 'min-interval'),
    hourlyCap: count(values['hourly-cap'], 'hourly-cap'),
    dailyCap: count(values['daily-cap'], 'daily-cap'),
  };
  const fromPreset = preset ? { presetId: preset.id, host: preset.host, port: preset.port, security: preset.security, minIntervalSeconds: preset.minIntervalSeconds, hourlyCap: preset.hourlyCap, dailyCap: preset.dailyCap } : {};
  const merged: Record<string, unknown> = { ...(saved ?? {}), ...fromPreset };
  for (const [key, value] of Object.entries(given)) if (value !== undefined) merged[key] = value;
  // A changed server is a different certificate: a pin belongs to the server it was made for.
  if (saved && (merged.host !== saved.host || merged.port !== saved.port)) merged.pinnedFingerprint = null;
  if (values['trust-certificate'] !== undefined) merged.pinnedFingerprint = values['trust-certificate'].trim().toUpperCase() || null;
  const missing = [['host', '--smtp-host'], ['port', '--smtp-port'], ['security', '--security'], ['user', '--user'], ['fromAddress', '--from']].filter(([key]) => merged[key!] === undefined);
  if (missing.length > 0) throw new CliError(`The mailbox needs ${missing.map(([, flag]) => flag).join(', ')} (or --preset NAME for the server).`, 2);
  return merged;
};

const readPassword = (values: Values): string | undefined => {
  if (values['password-stdin']) return readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  return process.env.RELANCE_SMTP_PASSWORD;
};

const printStatus = (status: MailboxStatus) => {
  if (!status.config) return console.log('No mailbox is set up yet: relance mailbox set --help shows how.');
  const c = status.config;
  console.log(`${c.fromName ? `${c.fromName} ` : ''}<${c.fromAddress}> through ${c.host}:${c.port} (${c.security}), user ${c.user}`);
  console.log(`Password: ${status.secretStore === 'keychain' ? 'in the system keychain' : status.secretStore === 'file' ? 'in a file only you can read, beside the database' : 'not saved on this computer'}`);
  console.log(`Pacing: ${c.minIntervalSeconds} s between messages, ${c.hourlyCap || 'no cap'} an hour, ${c.dailyCap || 'no cap'} a day`);
  if (status.pause) console.log(`Paused since ${status.pause.since}: ${status.pause.reason}${status.pause.smtpResponse ? ` (${status.pause.smtpResponse})` : ''}`);
  if (status.isSendingPaused) console.log('Sending is paused (Pause all sending).');
  console.log(`Sent today: ${status.sentToday}; waiting for approval: ${status.waitingApproval}`);
};

export const runMailbox = async (argv: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  const [verb, ...extra] = positionals;
  if (extra.length > 0 || (verb !== undefined && !['set', 'test', 'resume'].includes(verb))) {
    throw new CliError('Write it as: relance mailbox [set|test|resume] (relance mailbox --help).', 2);
  }
  await withCore(values, async (booted) => {
    if (verb === 'test') {
      const result = values['send-to'] === undefined
        ? await callCore(booted, 'mailbox.test', {})
        : await callCore(booted, 'mailbox.sendTest', { to: values['send-to'] });
      if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else {
        console.log(result.message);
        if (result.certificate) console.log(`Certificate: ${result.certificate.subject}, issued by ${result.certificate.issuer}, valid to ${result.certificate.validTo}\nFingerprint (SHA-256): ${result.certificate.fingerprint}`);
      }
      if (!result.ok) process.exitCode = 1;
      return;
    }
    let status: MailboxStatus;
    if (verb === 'set') {
      const saved = (await callCore(booted, 'mailbox.get', {})).config;
      const password = readPassword(values);
      status = await callCore(booted, 'mailbox.save', { config: configFrom(values, saved) as MailboxConfig, ...(password === undefined ? {} : { password }) });
    } else if (verb === 'resume') status = await callCore(booted, 'mailbox.resume', {});
    else status = await callCore(booted, 'mailbox.get', {});
    if (values.json) process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    else printStatus(status);
  });
};
