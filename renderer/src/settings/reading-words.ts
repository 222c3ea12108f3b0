import type { CheckMailSummary, MailboxConfig, MailboxTest, MailProblem, ReadingProblem } from '../../../api';
import { findPreset } from '../../../api/mailbox-presets';
import type { MessageKey } from '../i18n/en';
import type { Language, Translate } from '../i18n/i18n';
import { plural } from '../i18n/plural';
import { APP_PASSWORD } from './mail-test-words';

type Worded = Exclude<ReadingProblem, 'other'> | Extract<MailProblem, 'app-password'>;
const PROBLEM: Record<Worded, MessageKey> = {
  connection: 'reading.problem.connection',
  tls: 'reading.problem.tls',
  certificate: 'reading.problem.certificate',
  auth: 'reading.problem.auth',
  'app-password': 'mailbox.problem.appPassword.other',
  timeout: 'reading.problem.timeout',
  'no-mailbox': 'reading.problem.noMailbox',
  'no-password': 'reading.problem.noPassword',
  'no-imap': 'reading.problem.noImap',
  'sender-setup': 'reading.problem.senderSetup',
};

const problemKey = (problem: string, config: MailboxConfig | null, hasCertificate: boolean): MessageKey | null => {
  const presetId = config?.presetId ?? 'other';
  if (problem === 'app-password' || (problem === 'auth' && findPreset(presetId)?.passwordKind === 'app-password')) return APP_PASSWORD[presetId] ?? PROBLEM['app-password'];
  if (problem === 'certificate' && !hasCertificate) return 'reading.problem.certificateNoDetail';
  // The IMAP test says "no-mailbox" for a mailbox without reading set up, too.
  if (problem === 'no-mailbox' && config) return PROBLEM['no-imap'];
  return Object.hasOwn(PROBLEM, problem) ? PROBLEM[problem as Worded] : null;
};

const placesOf = (config: MailboxConfig | null) => ({ host: config?.imap?.host ?? '', port: config?.imap ? String(config.imap.port) : '' });

// The sentence under "Test the connection" for IMAP, in the window's language; core's English
// message when the problem has no wording of its own.
export const describeImapTest = (result: MailboxTest, config: MailboxConfig | null, t: Translate): string => {
  if (result.ok) return t('reading.test.ok', placesOf(config));
  const key = result.problem ? problemKey(result.problem, config, result.certificate !== null) : null;
  return key ? t(key, placesOf(config)) : result.message;
};

// Why the last check could not read, or what it found that the owner should act on.
export const describeReadingProblem = (summary: CheckMailSummary, config: MailboxConfig | null, t: Translate): string | null => {
  if (summary.busyWith) return t('reading.problem.busy', { holder: summary.busyWith });
  if (!summary.problem) return null;
  const key = problemKey(summary.problem, config, true);
  return key ? t(key, placesOf(config)) : (summary.message ?? summary.problem);
};

const FOUND: [keyof CheckMailSummary, MessageKey, MessageKey][] = [
  ['replies', 'reading.found.replies.one', 'reading.found.replies.other'],
  ['autoReplies', 'reading.found.autoReplies.one', 'reading.found.autoReplies.other'],
  ['bounces', 'reading.found.bounces.one', 'reading.found.bounces.other'],
  ['complaints', 'reading.found.complaints.one', 'reading.found.complaints.other'],
  ['unsubscribes', 'reading.found.unsubscribes.one', 'reading.found.unsubscribes.other'],
  ['sentConfirmed', 'reading.found.sentConfirmed.one', 'reading.found.sentConfirmed.other'],
];

// "1 reply, 2 bounces", or that nothing concerned Relance.
export const describeFound = (summary: CheckMailSummary, t: Translate, language: Language): string => {
  const parts = FOUND.filter(([field]) => Number(summary[field]) > 0).map(([field, one, other]) => plural(t, language, Number(summary[field]), one, other));
  return parts.length > 0 ? parts.join(', ') : t('reading.found.nothing');
};
