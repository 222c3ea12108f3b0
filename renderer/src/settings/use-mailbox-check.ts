import { useState } from 'react';
import type { MailboxStatus, MailboxTest } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import { describeMailTest, type TestKind } from './mail-test-words';
import { pinFormat } from './mailbox-draft';

export type CheckOutcome = { isOk: boolean; sentence: string; result: MailboxTest | null };

// The two tests of the saved mailbox, and the certificate the owner may decide to trust.
// Trusting saves the saved config again with that fingerprint pinned (never with
// verification off), then tests again.
export const useMailboxCheck = (status: MailboxStatus, onStatus: (status: MailboxStatus) => void) => {
  const api = useApi();
  const { t } = useI18n();
  const [running, setRunning] = useState<TestKind | 'pin' | null>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);

  const run = async (kind: TestKind) => {
    setRunning(kind);
    // The test message goes to the sender's own address, named here so the sentence can say where.
    const to = status.config?.fromAddress ?? '';
    const result = kind === 'test' ? await api.call('mailbox.test', {}) : await api.call('mailbox.sendTest', { to });
    setRunning(null);
    if (result.ok) {
      setOutcome({ isOk: result.value.ok, sentence: describeMailTest(result.value, { kind, config: status.config, to }, t), result: result.value });
    } else {
      setOutcome({ isOk: false, sentence: describeError(result.error, t), result: null });
    }
  };

  const pin = async (fingerprint: string | null) => {
    if (!status.config) return;
    setRunning('pin');
    const saved = await api.call('mailbox.save', { config: { ...status.config, pinnedFingerprint: fingerprint === null ? null : pinFormat(fingerprint) } });
    setRunning(null);
    if (!saved.ok) {
      setOutcome({ isOk: false, sentence: describeError(saved.error, t), result: null });
      return;
    }
    onStatus(saved.value);
    setOutcome({ isOk: true, sentence: t(fingerprint === null ? 'mailbox.unpinned' : 'mailbox.cert.trusted'), result: null });
    if (fingerprint !== null) await run('test');
  };

  return { running, outcome, run, pin, clear: () => setOutcome(null) };
};
