import { useI18n } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import { useMailboxStatus } from '../shared/use-mailbox-status';
import { MailboxEditor } from './MailboxEditor';
import './mailbox.css';

// Settings → Your mailbox: loads the mailbox, then hands it to the editor. Times are shown in
// the owner's time zone.
export const MailboxSection = ({ timeZone }: { timeZone: string }) => {
  const { t } = useI18n();
  const { status, error, reload, replace } = useMailboxStatus();
  return (
    <section className="card mailbox" aria-labelledby="mailbox-title" data-testid="mailbox-settings">
      <h2 id="mailbox-title">{t('mailbox.title')}</h2>
      <p className="hint mailbox-lead">{t('mailbox.lead')}</p>
      {status ? (
        <MailboxEditor status={status} timeZone={timeZone} onStatus={replace} />
      ) : error ? (
        <>
          <p role="alert">{t('mailbox.loadError', { message: describeError(error, t) })}</p>
          <button type="button" onClick={() => void reload()}>
            {t('mailbox.retry')}
          </button>
        </>
      ) : (
        <p className="muted" role="status">
          {t('mailbox.loading')}
        </p>
      )}
    </section>
  );
};
