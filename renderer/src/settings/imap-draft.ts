import { isLoopbackHost, type ImapConfig, type MailboxConfig, type SecurityMode } from '../../../api';
import type { MailboxPreset } from '../../../api/mailbox-presets';
import type { Translate } from '../i18n/i18n';

// Reading the mailbox (IMAP) as the form edits it: off, or a server with the port as text.
// An empty user reads with the sending account's user and password.
export type ImapDraft = {
  isOn: boolean;
  host: string;
  port: string;
  security: SecurityMode;
  hasOwnUser: boolean;
  user: string;
  pinnedFingerprint: string | null;
};
export type ImapField = 'imapHost' | 'imapPort' | 'imapSecurity' | 'imapUser';

// 993 is IMAP over TLS from the first byte, 143 upgrades with STARTTLS (RFC 8314).
const PORTS: Record<SecurityMode, string> = { tls: '993', starttls: '143', none: '143' };

export const imapDraftFromConfig = (config: MailboxConfig | null, preset: MailboxPreset | undefined): ImapDraft => {
  const imap = config?.imap ?? null;
  if (imap) {
    return { isOn: true, host: imap.host, port: String(imap.port), security: imap.security, hasOwnUser: imap.user !== '', user: imap.user, pinnedFingerprint: imap.pinnedFingerprint };
  }
  const known = preset?.imap ?? null;
  return { isOn: false, host: known?.host ?? '', port: String(known?.port ?? 993), security: known?.security ?? 'tls', hasOwnUser: false, user: '', pinnedFingerprint: null };
};

// A provider knows its IMAP server; "Other" keeps what was typed.
export const applyImapPreset = (draft: ImapDraft, preset: MailboxPreset): ImapDraft => {
  if (!preset.imap) return draft;
  const { host, port, security } = preset.imap;
  return { ...draft, host, port: String(port), security, pinnedFingerprint: host === draft.host ? draft.pinnedFingerprint : null };
};

export const withImapSecurity = (draft: ImapDraft, security: SecurityMode): ImapDraft => {
  const isUsualPort = Object.values(PORTS).includes(draft.port) || draft.port === '';
  return { ...draft, security, port: isUsualPort ? PORTS[security] : draft.port };
};

export const withImapHost = (draft: ImapDraft, host: string): ImapDraft => ({
  ...draft,
  host,
  // A certificate trusted for one server means nothing for another.
  pinnedFingerprint: host.trim() === draft.host.trim() ? draft.pinnedFingerprint : null,
});

const isPort = (text: string): boolean => /^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 65535;

// The contract's rules for the IMAP part, said in the window's language; nothing when off.
export const checkImapDraft = (draft: ImapDraft, t: Translate): Partial<Record<ImapField, string>> => {
  const errors: Partial<Record<ImapField, string>> = {};
  if (!draft.isOn) return errors;
  if (!draft.host.trim()) errors.imapHost = t('reading.required.host');
  else if (/[\r\n]/.test(draft.host)) errors.imapHost = t('mailbox.invalid.oneLine');
  if (!isPort(draft.port)) errors.imapPort = t('reading.invalid.port');
  if (draft.security === 'none' && draft.host.trim() && !isLoopbackHost(draft.host)) errors.imapSecurity = t('mailbox.invalid.security');
  if (draft.hasOwnUser && !draft.user.trim()) errors.imapUser = t('reading.required.user');
  return errors;
};

export const imapConfigFrom = (draft: ImapDraft): ImapConfig | null =>
  draft.isOn
    ? {
        host: draft.host.trim(),
        port: Number(draft.port),
        security: draft.security,
        user: draft.hasOwnUser ? draft.user.trim() : '',
        pinnedFingerprint: draft.pinnedFingerprint,
      }
    : null;
