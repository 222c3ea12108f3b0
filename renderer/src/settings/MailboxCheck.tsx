import type { MailboxConfig } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { CertificateCard } from './CertificateCard';
import type { TestKind } from './mail-test-words';
import type { CheckOutcome } from './use-mailbox-check';

type Props = {
  config: MailboxConfig | null;
  isDirty: boolean;
  running: TestKind | 'pin' | null;
  outcome: CheckOutcome | null;
  onTest: (kind: TestKind) => void;
  onPin: (fingerprint: string | null) => void;
};

// "Test the connection" and "Send me a test message", on the saved settings, and what they found.
export const MailboxCheck = ({ config, isDirty, running, outcome, onTest, onPin }: Props) => {
  const { t } = useI18n();
  const blocked = !config ? t('mailbox.check.noConfig') : isDirty ? t('mailbox.check.saveFirst') : '';
  const isDisabled = Boolean(blocked) || running !== null;
  const certificate = outcome?.result?.certificate ?? null;
  const answer = outcome?.result?.smtpResponse;
  return (
    <section className="mailbox-check" aria-labelledby="mailbox-check-title">
      <h3 id="mailbox-check-title">{t('mailbox.check.title')}</h3>
      {blocked && <p className="hint">{blocked}</p>}
      <div className="mailbox-check-actions">
        <button type="button" disabled={isDisabled} onClick={() => onTest('test')}>
          {running === 'test' ? t('mailbox.testing') : t('mailbox.test')}
        </button>
        <button type="button" disabled={isDisabled} onClick={() => onTest('sendTest')}>
          {running === 'sendTest' ? t('mailbox.testing') : t('mailbox.sendTest')}
        </button>
      </div>
      <p role="status" className="mailbox-result" data-ok={outcome ? String(outcome.isOk) : undefined}>
        {outcome?.sentence}
      </p>
      {answer && <p className="hint mailbox-answer">{t('mailbox.serverAnswer', { answer })}</p>}
      {certificate && <CertificateCard certificate={certificate} isBusy={running !== null} onTrust={() => onPin(certificate.fingerprint)} />}
      {config?.pinnedFingerprint && (
        <p className="hint mailbox-pinned">
          {t('mailbox.pinned', { fingerprint: config.pinnedFingerprint })}{' '}
          <button type="button" className="link" disabled={running !== null} onClick={() => onPin(null)}>
            {t('mailbox.unpin')}
          </button>
        </p>
      )}
    </section>
  );
};
