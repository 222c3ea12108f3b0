import { useState } from 'react';
import type { Contact, TimelineEvent } from '../../../api';
import { useApi } from '../api/api-context';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { displayName } from '../shared/display-name';
import { useI18n } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import { useClock } from '../shared/clock';
import { describeError } from '../shared/describe-error';
import { kindLabel, QuickLogForm } from './QuickLogForm';
import { TimelineItem } from './TimelineItem';
import { useTimeline } from './use-timeline';
import './timeline.css';

type Props = { contact: Contact };

// The contact panel's timeline: a quick-log form on demand, then the events, newest first.
export const TimelineSection = ({ contact }: Props) => {
  const api = useApi();
  const { t, language } = useI18n();
  const { rows, total, error, loadMore } = useTimeline(contact.id);
  const [isLogging, setIsLogging] = useState(false);
  const [toDelete, setToDelete] = useState<TimelineEvent | null>(null);
  const [status, setStatus] = useState('');
  const name = displayName(contact) || t('panel.noName');

  const confirmDelete = async (event: TimelineEvent) => {
    setToDelete(null);
    const result = await api.call('events.delete', { id: event.id });
    setStatus(result.ok ? t('timeline.deleted') : describeError(result.error, t));
  };

  const clock = useClock();
  const when = (event: TimelineEvent) => clock.moment(event.occurredAt);

  return (
    <section className="timeline" aria-labelledby={`timeline-${contact.id}`}>
      <div className="timeline-head">
        <h3 id={`timeline-${contact.id}`}>{t('timeline.title')}</h3>
        {!isLogging && (
          <button type="button" className="small" onClick={() => setIsLogging(true)}>
            {t('log.panelOpen')}
          </button>
        )}
      </div>
      {isLogging && (
        <div className="log-box">
          <QuickLogForm
            contactId={contact.id}
            currency={contact.figures.currency}
            onLogged={(kind) => {
              setIsLogging(false);
              setStatus(t('log.done', { name, type: t(kindLabel(kind)) }));
            }}
            onCancel={() => setIsLogging(false)}
          />
        </div>
      )}
      <p role="status" className="status">
        {error ? describeError(error, t) : status}
      </p>
      {total === 0 && <p className="muted">{t('timeline.empty')}</p>}
      {total === null && !error && <p className="muted">{t('timeline.loading')}</p>}
      {rows.length > 0 && (
        <ol className="timeline-list">
          {rows.map((event) => (
            <TimelineItem key={event.id} event={event} onDelete={setToDelete} />
          ))}
        </ol>
      )}
      {total !== null && rows.length < total && (
        <p className="timeline-more">
          <span className="muted">{counted(t, language, 'timeline.count', total, { shown: rows.length })}</span>
          <button type="button" className="small" onClick={loadMore}>
            {t('timeline.more')}
          </button>
        </p>
      )}
      {toDelete && (
        <ConfirmDialog
          title={t('timeline.deleteTitle')}
          body={t('timeline.deleteBody', { type: t(`timeline.type.${toDelete.type}`), date: when(toDelete) })}
          confirmLabel={t('timeline.deleteConfirm')}
          cancelLabel={t('timeline.deleteCancel')}
          onConfirm={() => void confirmDelete(toDelete)}
          onCancel={() => setToDelete(null)}
        />
      )}
    </section>
  );
};
