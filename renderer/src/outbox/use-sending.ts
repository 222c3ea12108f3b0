import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { plural } from '../i18n/plural';
import { describeError } from '../shared/describe-error';
import { useMailboxStatus } from '../shared/use-mailbox-status';
import { describeSendSummary } from './send-summary-words';
import type { Progress } from './SendingToolbar';

// Sending as the outbox shows it: the mailbox's state for the banner, the live progress of a
// pass, and the owner's actions. Each action's outcome is said through `say`.
export const useSending = (say: (text: string) => void) => {
  const api = useApi();
  const { t, language } = useI18n();
  const mailbox = useMailboxStatus();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState<'send' | 'approve' | 'resume' | null>(null);

  useEffect(
    () =>
      api.subscribe((event) => {
        // done = total when a pass ends: the line goes away.
        if (event.type === 'sending.progress') setProgress(event.done < event.total ? { done: event.done, total: event.total } : null);
      }),
    [api],
  );

  const sendNow = async () => {
    setBusy('send');
    const result = await api.call('outbox.sendDue', {});
    setBusy(null);
    setProgress(null);
    say(result.ok ? describeSendSummary(result.value, t, language) : describeError(result.error, t));
  };

  const approveDue = async () => {
    setBusy('approve');
    const result = await api.call('outbox.approveDue', {});
    setBusy(null);
    if (!result.ok) say(describeError(result.error, t));
    else say(result.value.approved === 0 ? t('sending.approved.none') : plural(t, language, result.value.approved, 'sending.approved.one', 'sending.approved.other'));
  };

  const resume = async (which: 'mailbox' | 'sending') => {
    setBusy('resume');
    const result = which === 'mailbox' ? await api.call('mailbox.resume', {}) : await api.call('sending.setPaused', { isPaused: false });
    setBusy(null);
    if (result.ok) mailbox.replace(result.value);
    say(result.ok ? t('sending.resumed') : describeError(result.error, t));
  };

  return { status: mailbox.status, progress, busy, sendNow, approveDue, resume };
};
