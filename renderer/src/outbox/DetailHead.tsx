import type { OutboxEntry } from '../../../api';
import { displayName } from '../shared/display-name';
import { useI18n } from '../i18n/i18n';

export const recipientName = (entry: OutboxEntry, noName: string): string => displayName(entry.contact) || entry.contact.email || noName;

export const DetailHead = ({ entry, onClose }: { entry: OutboxEntry; onClose: () => void }) => {
  const { t } = useI18n();
  return (
    <header className="panel-head">
      <h2>
        <bdi>{recipientName(entry, t('outbox.noName'))}</bdi>
      </h2>
      <button type="button" className="icon" aria-label={t('outbox.close')} onClick={onClose}>
        ×
      </button>
    </header>
  );
};
