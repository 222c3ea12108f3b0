import type { OutboxEntry } from '../../../api';
import { useI18n } from '../i18n/i18n';

type Props = { entry: OutboxEntry; isBusy: boolean; onRetry: () => void; onDrop: () => void };

// The connection died after the message was handed over (docs/sending.md): it may have arrived,
// so Relance never sends it again by itself. The owner looks, then decides. When Relance reads
// the mailbox it looks in the Sent folder too, and says so once it did not find it there.
export const UnknownDelivery = ({ entry, isBusy, onRetry, onDrop }: Props) => {
  const { t } = useI18n();
  return (
    <section className="outbox-unknown" aria-labelledby="outbox-unknown-title">
      <h3 id="outbox-unknown-title">{t('outbox.unknown.title')}</h3>
      <p>{t('outbox.unknown.explain', { subject: entry.subject || t('outbox.noSubject') })}</p>
      {entry.reason.includes('not found in your Sent folder') && <p className="outbox-sent-finding">{t('outbox.unknown.notInSent')}</p>}
      <div className="actions outbox-actions">
        <button type="button" className="primary" disabled={isBusy} onClick={onRetry}>
          {t('outbox.unknown.retry')}
        </button>
        <button type="button" className="danger" disabled={isBusy} onClick={onDrop}>
          {t('outbox.unknown.drop')}
        </button>
      </div>
    </section>
  );
};
