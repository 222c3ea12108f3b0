import type { MailboxStatus } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { CertificateCard } from './CertificateCard';
import { ReadingStatus } from './ReadingStatus';
import type { ReadingOutcome, ReadingRun } from './use-reading-check';

type Props = {
  status: MailboxStatus;
  isDirty: boolean;
  timeZone: string;
  running: ReadingRun | null;
  outcome: ReadingOutcome | null;
  onTest: () => void;
  onCheck: () => void;
  onPin: (fingerprint: string | null) => void;
};

// Reading replies and bounces, on the saved settings: the IMAP test, the certificate to trust
// when it does not verify, "Check now", and what the last check found.
export const ReadingCheck = ({ status, isDirty, timeZone, running, outcome, onTest, onCheck, onPin }: Props) => {
  const { t } = useI18n();
  const imap = status.config?.imap ?? null;
  const blocked = !imap ? t('reading.check.off') : isDirty ? t('mailbox.check.saveFirst') : '';
  const isDisabled = Boolean(blocked) || running !== null;
  const certificate = outcome?.result?.certificate ?? null;
  return (
    <section className="mailbox-check reading-check" aria-labelledby="reading-check-title" data-testid="reading-check">
      <h3 id="reading-check-title">{t('reading.check.title')}</h3>
      {blocked && <p className="hint">{blocked}</p>}
      <div className="mailbox-check-actions">
        <button type="button" disabled={isDisabled} onClick={onTest}>
          {running === 'test' ? t('mailbox.testing') : t('reading.test')}
        </button>
        <button type="button" disabled={isDisabled} onClick={onCheck}>
          {running === 'check' ? t('reading.checking') : t('reading.checkNow')}
        </button>
      </div>
      <p role="status" className="mailbox-result reading-result" data-ok={outcome ? String(outcome.isOk) : undefined}>
        {outcome?.sentence}
      </p>
      {certificate && <CertificateCard certificate={certificate} isBusy={running !== null} onTrust={() => onPin(certificate.fingerprint)} titleId="reading-certificate-title" />}
      {imap?.pinnedFingerprint && (
        <p className="hint mailbox-pinned reading-pinned">
          {t('mailbox.pinned', { fingerprint: imap.pinnedFingerprint })}{' '}
          <button type="button" className="link" disabled={running !== null} onClick={() => onPin(null)}>
            {t('mailbox.unpin')}
          </button>
        </p>
      )}
      {imap && <ReadingStatus reading={status.reading} config={status.config} timeZone={timeZone} />}
    </section>
  );
};
