import { useState } from 'react';
import type { CheckMailSummary, MailboxStatus, MailboxTest } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import { pinFormat } from './mailbox-draft';
import { describeImapTest } from './reading-words';

export type ReadingRun = 'test' | 'check' | 'pin';
export type ReadingOutcome = { isOk: boolean; sentence: string; result: MailboxTest | null };

// The IMAP test and "Check now", on the saved settings. Trusting a certificate saves the saved
// config again with that fingerprint pinned under `imap` (never with verification off), then
// tests again. A check's findings are shown from the status it leaves behind.
export const useReadingCheck = (status: MailboxStatus, onStatus: (status: MailboxStatus) => void) => {
  const api = useApi();
  const { t } = useI18n();
  const [running, setRunning] = useState<ReadingRun | null>(null);
  const [outcome, setOutcome] = useState<ReadingOutcome | null>(null);

  const test = async () => {
    setRunning('test');
    const result = await api.call('mailbox.testImap', {});
    setRunning(null);
    if (result.ok) setOutcome({ isOk: result.value.ok, sentence: describeImapTest(result.value, status.config, t), result: result.value });
    else setOutcome({ isOk: false, sentence: describeError(result.error, t), result: null });
  };

  const check = async (): Promise<CheckMailSummary | null> => {
    setRunning('check');
    setOutcome(null);
    const result = await api.call('mailbox.checkMail', {});
    // The status carries the check's summary; read it now rather than wait for the event.
    const fresh = await api.call('mailbox.get', {});
    setRunning(null);
    if (fresh.ok) onStatus(fresh.value);
    if (!result.ok) setOutcome({ isOk: false, sentence: describeError(result.error, t), result: null });
    return result.ok ? result.value : null;
  };

  const pin = async (fingerprint: string | null) => {
    const config = status.config;
    if (!config?.imap) return;
    setRunning('pin');
    const pinned = fingerprint === null ? null : pinFormat(fingerprint);
    const saved = await api.call('mailbox.save', { config: { ...config, imap: { ...config.imap, pinnedFingerprint: pinned } } });
    setRunning(null);
    if (!saved.ok) {
      setOutcome({ isOk: false, sentence: describeError(saved.error, t), result: null });
      return;
    }
    onStatus(saved.value);
    setOutcome({ isOk: true, sentence: t(fingerprint === null ? 'mailbox.unpinned' : 'mailbox.cert.trusted'), result: null });
    if (fingerprint !== null) await test();
  };

  return { running, outcome, test, check, pin, clear: () => setOutcome(null) };
};
