import type { MailboxConfig, MailboxTest, MailProblem } from '../../../api';
import { findPreset, mailboxPresets } from '../../../api/mailbox-presets';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';

export type TestKind = 'test' | 'sendTest';
type Context = { kind: TestKind; config: MailboxConfig | null; to: string };

// Providers that refuse the account's own password word the fix their own way (sending and reading).
export const APP_PASSWORD: Record<string, MessageKey> = {
  gmail: 'mailbox.problem.appPassword.google',
  'google-workspace': 'mailbox.problem.appPassword.google',
  yahoo: 'mailbox.problem.appPassword.yahoo',
  icloud: 'mailbox.problem.appPassword.icloud',
  'outlook-com': 'mailbox.problem.appPassword.microsoft',
};

const PROBLEM: Record<Exclude<MailProblem, 'app-password' | 'other'>, MessageKey> = {
  connection: 'mailbox.problem.connection',
  tls: 'mailbox.problem.tls',
  certificate: 'mailbox.problem.certificate',
  auth: 'mailbox.problem.auth',
  sender: 'mailbox.problem.sender',
  quota: 'mailbox.problem.quota',
  policy: 'mailbox.problem.policy',
  timeout: 'mailbox.problem.timeout',
  'no-password': 'mailbox.problem.noPassword',
  'no-mailbox': 'mailbox.problem.noMailbox',
};

// The provider the settings are for: the one chosen, else the one whose server was typed.
const providerOf = (config: MailboxConfig | null): string => {
  if (!config) return 'other';
  if (config.presetId !== 'other' && findPreset(config.presetId)) return config.presetId;
  const host = config.host.trim().toLowerCase();
  return mailboxPresets.find((preset) => preset.host !== '' && preset.host === host)?.id ?? 'other';
};

const problemKey = (problem: MailProblem, presetId: string, hasCertificate: boolean): MessageKey | null => {
  const preset = findPreset(presetId);
  // Microsoft 365 answers a mailbox without SMTP AUTH with a refused password or a policy refusal.
  if (presetId === 'microsoft-365' && (problem === 'auth' || problem === 'app-password' || problem === 'policy')) return 'mailbox.problem.microsoft365';
  if (problem === 'app-password' || (problem === 'auth' && preset?.passwordKind === 'app-password')) {
    return APP_PASSWORD[presetId] ?? 'mailbox.problem.appPassword.other';
  }
  if (problem === 'certificate' && !hasCertificate) return 'mailbox.problem.certificateNoDetail';
  return problem === 'other' ? null : PROBLEM[problem];
};

// The sentence under the test buttons: what happened and what to do next, in the window's
// language; core's English `message` when the problem has no wording of its own.
export const describeMailTest = (result: MailboxTest, { kind, config, to }: Context, t: Translate): string => {
  const host = config?.host ?? '';
  if (result.ok) return kind === 'test' ? t('mailbox.test.ok', { host }) : t('mailbox.sendTest.ok', { address: to });
  const key = result.problem ? problemKey(result.problem, providerOf(config), result.certificate !== null) : null;
  if (!key) return result.message;
  return t(key, { host, port: config ? String(config.port) : '', address: config?.fromAddress ?? '' });
};
