import type { MailboxStatus } from '../../../api';
import type { Language, Translate } from '../i18n/i18n';
import { plural } from '../i18n/plural';

// "3 messages went out today, 2 wait for your approval." French counts 0 as singular, so
// zero has words of its own in both languages.
export const sendingToday = ({ sentToday, waitingApproval }: Pick<MailboxStatus, 'sentToday' | 'waitingApproval'>, t: Translate, language: Language): string => {
  const sent = sentToday === 0 ? t('home.sending.sentToday.zero') : plural(t, language, sentToday, 'home.sending.sentToday.one', 'home.sending.sentToday.other');
  const waiting = waitingApproval === 0 ? t('home.sending.waiting.zero') : plural(t, language, waitingApproval, 'home.sending.waiting.one', 'home.sending.waiting.other');
  return t('home.sending.line', { sent, waiting });
};
