import type { OutboxView } from '../../../api';
import type { Section } from '../app/sections';
import { useI18n } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import type { OutboxCounts } from './use-outbox';

type Props = { view: OutboxView; counts: OutboxCounts | null; onView: (view: OutboxView) => void; onGo: (section: Section) => void };

// An empty tab says how messages get there and offers the way, or points to where they are.
export const OutboxEmpty = ({ view, counts, onView, onGo }: Props) => {
  const { t, language } = useI18n();
  const waiting = view === 'today' ? (counts?.attention ?? 0) : 0;
  const later = view === 'today' ? (counts?.upcoming ?? 0) : 0;
  return (
    <div className="empty outbox-empty">
      <p>{t(`outbox.empty.${view}`)}</p>
      {(waiting > 0 || later > 0) && (
        <p className="outbox-elsewhere">
          {waiting > 0 && (
            <button type="button" onClick={() => onView('attention')}>
              {counted(t, language, 'outbox.empty.seeAttention', waiting)}
            </button>
          )}
          {later > 0 && (
            <button type="button" onClick={() => onView('upcoming')}>
              {counted(t, language, 'outbox.empty.seeUpcoming', later)}
            </button>
          )}
        </p>
      )}
      {(view === 'today' || view === 'upcoming') && (
        <p>
          <button type="button" className="link" onClick={() => onGo('segments')}>
            {t('outbox.empty.openSegments')}
          </button>
          {' · '}
          <button type="button" className="link" onClick={() => onGo('import')}>
            {t('outbox.empty.openImport')}
          </button>
        </p>
      )}
    </div>
  );
};
