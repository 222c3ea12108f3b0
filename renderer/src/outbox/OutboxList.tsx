import type { OutboxEntry } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import { OutboxItem } from './OutboxItem';

type Props = {
  rows: OutboxEntry[];
  total: number;
  selectedId: string | null;
  onSelect: (entry: OutboxEntry) => void;
  onLoadMore: () => void;
};

export const OutboxList = ({ rows, total, selectedId, onSelect, onLoadMore }: Props) => {
  const { t, language } = useI18n();
  // One clock for the whole list, so every row words "Thu 10:14" against the same moment.
  const now = Date.now();
  return (
    <div className="outbox-list-wrap">
      <ul className="outbox-list">
        {rows.map((entry) => (
          <OutboxItem key={entry.id} entry={entry} isSelected={entry.id === selectedId} now={now} onSelect={onSelect} />
        ))}
      </ul>
      {rows.length < total && (
        <div className="outbox-more">
          <span className="muted">{counted(t, language, 'outbox.shown', total, { shown: rows.length })}</span>
          <button type="button" onClick={onLoadMore}>
            {t('outbox.loadMore')}
          </button>
        </div>
      )}
    </div>
  );
};
