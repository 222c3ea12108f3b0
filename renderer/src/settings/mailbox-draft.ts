import { isLoopbackHost, type ApiError, type MailboxConfig, type MailboxSave, type SecurityMode } from '../../../api';
import { findPreset, type MailboxPreset } from '../../../api/mailbox-presets';
import type { Translate } from '../i18n/i18n';
import { applyImapPreset, checkImapDraft, imapConfigFrom, imapDraftFromConfig, type ImapDraft, type ImapField } from './imap-draft';

// What the mailbox form edits: the config as typed, numbers still as text so a field can be
// empty while the owner types. The password is not part of it: it is write-only.
export type MailboxDraft = {
  presetId: string;
  host: string;
  port: string;
  security: SecurityMode;
  user: string;
  fromName: string;
  fromAddress: string;
  replyTo: string;
  minIntervalSeconds: string;
  hourlyCap: string;
  dailyCap: string;
  pinnedFingerprint: string | null;
  imap: ImapDraft;
};
export type DraftField = Exclude<keyof MailboxDraft, 'presetId' | 'pinnedFingerprint' | 'imap'> | ImapField;

const OTHER = findPreset('other')!;

export const draftFromConfig = (config: MailboxConfig | null): MailboxDraft => {
  const base = config ?? { ...OTHER, presetId: OTHER.id, user: '', fromName: '', fromAddress: '', replyTo: '', pinnedFingerprint: null, imap: null };
  return {
    presetId: base.presetId,
    host: base.host,
    port: String(base.port),
    security: base.security,
    user: base.user,
    fromName: base.fromName,
    fromAddress: base.fromAddress,
    replyTo: base.replyTo,
    minIntervalSeconds: String(base.minIntervalSeconds),
    hourlyCap: String(base.hourlyCap),
    dailyCap: String(base.dailyCap),
    pinnedFingerprint: base.pinnedFingerprint,
    imap: imapDraftFromConfig(config, findPreset(base.presetId)),
  };
};

// A provider fills the server and the pace. "Other" keeps the server as typed: the owner is
// about to enter their own.
export const applyPreset = (draft: MailboxDraft, preset: MailboxPreset): MailboxDraft => ({
  ...draft,
  presetId: preset.id,
  ...(preset.host ? { host: preset.host, port: String(preset.port), security: preset.security } : {}),
  minIntervalSeconds: String(preset.minIntervalSeconds),
  hourlyCap: String(preset.hourlyCap),
  dailyCap: String(preset.dailyCap),
  // A certificate trusted for one server means nothing for another.
  pinnedFingerprint: preset.host && preset.host !== draft.host ? null : draft.pinnedFingerprint,
  imap: applyImapPreset(draft.imap, preset),
});

// 465 is TLS from the first byte and 587 upgrades with STARTTLS (RFC 8314): switching one
// moves the other along, unless the owner typed a port of their own.
export const withSecurity = (draft: MailboxDraft, security: SecurityMode): MailboxDraft => {
  const port = security === 'tls' && draft.port === '587' ? '465' : security === 'starttls' && draft.port === '465' ? '587' : draft.port;
  return { ...draft, security, port };
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// The user name is usually the address itself: the From address follows it while the owner
// has not typed one of their own.
export const withUser = (draft: MailboxDraft, user: string): MailboxDraft => {
  const isFollowing = draft.fromAddress === '' || draft.fromAddress === draft.user.trim();
  return { ...draft, user, fromAddress: isFollowing && user.includes('@') ? user.trim() : draft.fromAddress };
};
const LIMITS = { minIntervalSeconds: 3600, hourlyCap: 100_000, dailyCap: 100_000 } as const;

const wholeNumber = (text: string, min: number, max: number): number | null => {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
};

// The same rules as the contract's schema, said in the window's language before anything is sent.
export const checkDraft = (draft: MailboxDraft, t: Translate): Partial<Record<DraftField, string>> => {
  const errors: Partial<Record<DraftField, string>> = {};
  if (!draft.host.trim()) errors.host = t('mailbox.required.host');
  if (wholeNumber(draft.port, 1, 65535) === null) errors.port = t('mailbox.invalid.port');
  if (draft.security === 'none' && draft.host.trim() && !isLoopbackHost(draft.host)) errors.security = t('mailbox.invalid.security');
  if (!draft.user.trim()) errors.user = t('mailbox.required.user');
  if (!EMAIL.test(draft.fromAddress.trim())) errors.fromAddress = t('mailbox.invalid.email');
  if (draft.replyTo.trim() && !EMAIL.test(draft.replyTo.trim())) errors.replyTo = t('mailbox.invalid.email');
  for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    if (wholeNumber(draft[field], 0, max) === null) errors[field] = t('mailbox.invalid.number', { max });
  }
  for (const field of ['host', 'user', 'fromName'] as const) {
    if (/[\r\n]/.test(draft[field])) errors[field] ??= t('mailbox.invalid.oneLine');
  }
  return { ...errors, ...checkImapDraft(draft.imap, t) };
};

// What `mailbox.save` receives; an empty password field keeps the password already kept. The
// reading password goes only with a user of its own: otherwise reading uses the sending one.
export const saveInputFrom = (draft: MailboxDraft, password: string, imapPassword = ''): MailboxSave => ({
  config: {
    presetId: draft.presetId,
    host: draft.host.trim(),
    port: Number(draft.port),
    security: draft.security,
    user: draft.user.trim(),
    fromName: draft.fromName.trim(),
    fromAddress: draft.fromAddress.trim(),
    replyTo: draft.replyTo.trim(),
    minIntervalSeconds: Number(draft.minIntervalSeconds),
    hourlyCap: Number(draft.hourlyCap),
    dailyCap: Number(draft.dailyCap),
    pinnedFingerprint: draft.pinnedFingerprint,
    imap: imapConfigFrom(draft.imap),
  },
  ...(password ? { password } : {}),
  ...(imapPassword && draft.imap.isOn && draft.imap.hasOwnUser ? { imapPassword } : {}),
});

const FIELD_WORDING: Record<DraftField, (t: Translate) => string> = {
  host: (t) => t('mailbox.required.host'),
  port: (t) => t('mailbox.invalid.port'),
  security: (t) => t('mailbox.invalid.security'),
  user: (t) => t('mailbox.required.user'),
  fromName: (t) => t('mailbox.invalid.oneLine'),
  fromAddress: (t) => t('mailbox.invalid.email'),
  replyTo: (t) => t('mailbox.invalid.email'),
  minIntervalSeconds: (t) => t('mailbox.invalid.number', { max: LIMITS.minIntervalSeconds }),
  hourlyCap: (t) => t('mailbox.invalid.number', { max: LIMITS.hourlyCap }),
  dailyCap: (t) => t('mailbox.invalid.number', { max: LIMITS.dailyCap }),
  imapHost: (t) => t('reading.required.host'),
  imapPort: (t) => t('reading.invalid.port'),
  imapSecurity: (t) => t('mailbox.invalid.security'),
  imapUser: (t) => t('mailbox.invalid.oneLine'),
};

// "config.imap.host" names the reading part's "imapHost".
const fieldOf = (path: string): string => {
  const [first, second] = path.replace(/^config\./, '').split('.');
  return first === 'imap' && second ? `imap${second.charAt(0).toUpperCase()}${second.slice(1)}` : first!;
};

// The host's checks arrive as "config.host"; each field says its rule in the window's language.
export const mailboxErrors = (error: ApiError | null, t: Translate): Partial<Record<DraftField, string>> => {
  const byField: Partial<Record<DraftField, string>> = {};
  for (const issue of error?.issues ?? []) {
    const field = fieldOf(issue.path) as DraftField;
    if (Object.hasOwn(FIELD_WORDING, field)) byField[field] ??= FIELD_WORDING[field](t);
  }
  return byField;
};

// The contract pins a fingerprint as upper-case hex pairs joined by colons; servers and tools
// also print it in lower case or without colons.
export const pinFormat = (fingerprint: string): string => {
  const hex = fingerprint.trim().replace(/^sha-?256[\s:=]*/i, '').replace(/[\s:]/g, '').toUpperCase();
  return /^[0-9A-F]{64}$/.test(hex) ? hex.match(/.{2}/g)!.join(':') : fingerprint;
};
