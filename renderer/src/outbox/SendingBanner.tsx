import type { MailboxStatus } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { formatFullWhen } from './outbox-words';
import { describePause } from './pause-words';

type Props = {
  status: MailboxStatus;
  isBusy: boolean;
  onResume: () => void;
  onResumeSending: () => void;
  onSetUp: () => void;
};

// Why nothing leaves, when that is so: no mailbox yet, a mailbox core stopped (quota,
// authentication, policy), or the owner's own "Pause all sending".
export const SendingBanner = ({ status, isBusy, onResume, onResumeSending, onSetUp }: Props) => {
  const { t, language } = useI18n();
  const { timeZone } = useClock();
  const { pause } = status;
  if (!status.config) {
    return (
      <div className="sending-banner" role="region" aria-label={t('sending.toolbarLabel')} data-kind="no-mailbox">
        <p>{t('sending.banner.noMailbox')}</p>
        <button type="button" onClick={onSetUp}>
          {t('sending.banner.setUp')}
        </button>
      </div>
    );
  }
  return (
    <>
      {pause && (
        <div className="sending-banner" role="alert" data-kind="stopped">
          <div>
            <p className="sending-banner-title">{t('sending.banner.stoppedTitle')}</p>
            <p>
              {describePause(pause, t)} {t('sending.banner.since', { when: formatFullWhen(pause.since, language, timeZone) })}
            </p>
            {pause.smtpResponse && <p className="sending-banner-answer">{t('sending.banner.answer', { answer: pause.smtpResponse })}</p>}
            <p className="hint">{pause.until ? t('sending.banner.until', { when: formatFullWhen(pause.until, language, timeZone) }) : t('sending.banner.untilOwner')}</p>
          </div>
          <button type="button" className="primary" disabled={isBusy} onClick={onResume}>
            {t('sending.banner.resume')}
          </button>
        </div>
      )}
      {status.isSendingPaused && (
        <div className="sending-banner" role="region" aria-label={t('sending.toolbarLabel')} data-kind="owner-paused">
          <p>{t('sending.banner.ownerPaused')}</p>
          <button type="button" className="primary" disabled={isBusy} onClick={onResumeSending}>
            {t('sending.banner.resumeSending')}
          </button>
        </div>
      )}
    </>
  );
};
