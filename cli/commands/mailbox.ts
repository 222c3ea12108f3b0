import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { securityModes, type MailboxConfig, type MailboxStatus, type SecurityMode } from '../../api';
import { findPreset, mailboxPresets, type MailboxPreset } from '../../api/mailbox-presets';
import { callCore } from '../call';
import { CliError } from '../output';
import { ownerTime, ownerZoneOf } from '../owner-time';
import { counted } from '../plural';
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
  'imap-host': { type: 'string' },
  'imap-port': { type: 'string' },
  'imap-security': { type: 'string' },
  'imap-user': { type: 'string' },
  'imap-password-stdin': { type: 'boolean', default: false },
  'trust-imap-certificate': { type: 'string' },
  'no-imap': { type: 'boolean', default: false },
  imap: { type: 'boolean', default: false },
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
  merged.imap = imapFrom(values, saved, preset);
  const missing = [['host', '--smtp-host'], ['port', '--smtp-port'], ['security', '--security'], ['user', '--user'], ['fromAddress', '--from']].filter(([key]) => merged[key!] === undefined);
  if (missing.length > 0) throw new CliError(`The mailbox needs ${missing.map(([, flag]) => flag).join(', ')} (or --preset NAME for the server).`, 2);
  return merged;
};

// IMAP beside SMTP: a preset fills the server; the user and password are the SMTP ones unless
// --imap-user is given. Without any IMAP flag the saved IMAP settings stay as they are.
const imapFrom = (values: Values, saved: MailboxConfig | null, preset: MailboxPreset | undefined): Record<string, unknown> | null => {
  if (values['no-imap']) return null;
  if (values['imap-security'] !== undefined && !(securityModes as readonly string[]).includes(values['imap-security'])) throw new CliError('--imap-security takes tls, starttls or none.', 2);
  const given = {
    host: values['imap-host'],
    port: count(values['imap-port'], 'imap-port'),
    security: values['imap-security'] as SecurityMode | undefined,
    user: values['imap-user'],
  };
  const isGiven = Object.values(given).some((value) => value !== undefined) || values['trust-imap-certificate'] !== undefined;
  const base: Record<string, unknown> = { ...(saved?.imap ?? (isGiven || values.preset !== undefined ? (preset?.imap ?? {}) : {})) };
  if (!isGiven && !saved?.imap && !preset?.imap) return null;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(given)) if (value !== undefined) merged[key] = value;
  if (saved?.imap && (merged.host !== saved.imap.host || merged.port !== saved.imap.port)) merged.pinnedFingerprint = null;
  if (values['trust-imap-certificate'] !== undefined) merged.pinnedFingerprint = values['trust-imap-certificate'].trim().toUpperCase() || null;
  const missing = [['host', '--imap-host'], ['port', '--imap-port'], ['security', '--imap-security']].filter(([key]) => merged[key!] === undefined);
  if (missing.length > 0) throw new CliError(`Reading the mailbox needs ${missing.map(([, flag]) => flag).join(', ')}.`, 2);
  return merged;
};

const readImapPassword = (values: Values): string | undefined => {
  if (values['imap-password-stdin']) return readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  return process.env.RELANCE_IMAP_PASSWORD;
};

const readPassword = (values: Values): string | undefined => {
  if (values['password-stdin']) return readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  return process.env.RELANCE_SMTP_PASSWORD;
};

const printStatus = (status: MailboxStatus, zone: string) => {
  if (!status.config) return console.log('No mailbox is set up yet: relance mailbox set --help shows how.');
  const c = status.config;
  console.log(`${c.fromName ? `${c.fromName} ` : ''}<${c.fromAddress}> through ${c.host}:${c.port} (${c.security}), user ${c.user}`);
  console.log(`Password: ${status.secretStore === 'keychain' ? 'in the system keychain' : status.secretStore === 'file' ? 'in a file only you can read, beside the database' : 'not saved on this computer'}`);
  console.log(`Pacing: ${c.minIntervalSeconds} s between messages, ${c.hourlyCap || 'no cap'} an hour, ${c.dailyCap || 'no cap'} a day`);
  if (status.pause) console.log(`Paused since ${ownerTime(status.pause.since, zone)}: ${status.pause.reason}${status.pause.smtpResponse ? ` (${status.pause.smtpResponse})` : ''}`);
  if (status.isSendingPaused) console.log('Sending is paused (Pause all sending).');
  console.log(`Sent today: ${status.sentToday}; waiting for approval: ${status.waitingApproval}`);
  if (!c.imap) return console.log('Reading replies and bounces: not set up (relance mailbox set --imap-host H --imap-port 993 --imap-security tls).');
  console.log(`Reading replies and bounces from ${c.imap.host}:${c.imap.port} (${c.imap.security}), user ${c.imap.user || c.user}`);
  const { reading } = status;
  if (reading.lastCheckAt && reading.last) console.log(`Last check: ${ownerTime(reading.lastCheckAt, zone)}, ${counted(reading.last.lookedAt, 'message')} looked at${reading.last.message ? `; ${reading.last.message}` : ''}`);
  if (reading.refusedAsSpam > 0) console.log(`Refused in 30 days because of the sending setup (spam, policy, reputation): ${counted(reading.refusedAsSpam, 'message')}. Check your SPF, DKIM and DMARC with your provider.`);
};

export const runMailbox = async (argv: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  const [verb, ...extra] = positionals;
  if (extra.length > 0 || (verb !== undefined && !['set', 'test', 'resume'].includes(verb))) {
    throw new CliError('Write it as: relance mailbox [set|test|resume] (relance mailbox --help).', 2);
  }
  await withCore(values, async (booted) => {
    if (verb === 'test') {
      const result = values.imap
        ? await callCore(booted, 'mailbox.testImap', {})
        : values['send-to'] === undefined
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
      const imapPassword = readImapPassword(values);
      status = await callCore(booted, 'mailbox.save', {
        config: configFrom(values, saved) as MailboxConfig,
        ...(password === undefined ? {} : { password }),
        ...(imapPassword === undefined ? {} : { imapPassword }),
      });
    } else if (verb === 'resume') status = await callCore(booted, 'mailbox.resume', {});
    else status = await callCore(booted, 'mailbox.get', {});
    if (values.json) process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    else printStatus(status, await ownerZoneOf(booted));
  });
};
