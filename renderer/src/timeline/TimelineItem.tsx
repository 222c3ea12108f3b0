import type { TimelineEvent } from '../../../api';
import { useI18n, type Translate } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { formatMoney } from '../shared/money';
import { mailboxWords } from './mailbox-event-words';
import { isFromOutbox, outboxNote } from './outbox-event-words';

type Props = { event: TimelineEvent; onDelete: (event: TimelineEvent) => void };

const sourceLabel = (event: TimelineEvent, t: Translate): string => {
  switch (event.source) {
    case 'manual':
      return t('timeline.sourceManual');
    case 'outbox':
      return t('timeline.sourceOutbox');
    case 'mailbox':
      return t('timeline.sourceMailbox');
    default:
      return event.importFileName ? t('timeline.sourceImport', { file: event.importFileName }) : t('timeline.sourceImportGone');
  }
};

// One line of the timeline: what, when, how much, what was said, and where it came from.
export const TimelineItem = ({ event, onDelete }: Props) => {
  const { t, language } = useI18n();
  const clock = useClock();
  // A date the file gave without a time is that day wherever the owner is (midnight UTC, read in UTC).
  const when = event.dateOnly ? clock.day(event.occurredAt, 'medium') : clock.moment(event.occurredAt);
  const type = t(`timeline.type.${event.type}`);
  const isSending = isFromOutbox(event);
  const isRead = event.source === 'mailbox';
  // An order or gift that did not complete counts in no figure: say so beside its amount.
  const isNotCounted = (event.type === 'order' || event.type === 'donation') && event.outcome !== 'completed';
  const facts = [
    event.amountMinor === null ? '' : formatMoney(event.amountMinor, event.currency, language),
    isNotCounted ? t('timeline.outcomeNotCounted', { outcome: t(`timeline.outcome.${event.outcome}`) }) : '',
    event.type === 'abandoned_cart' && event.outcome === 'recovered' ? t('timeline.outcome.recovered') : '',
    // "#1042" already reads as a number; "1042" gets "No." in front. A message's reference is its Message-ID.
    event.reference && !isSending && !isRead ? (event.reference.startsWith('#') ? event.reference : t('timeline.reference', { reference: event.reference })) : '',
  ].filter(Boolean);
  const items = event.items.map((item) => (item.quantity === 1 ? item.name : `${item.quantity} × ${item.name}`)).join(', ');
  const read = isRead ? mailboxWords(event, t, language) : null;
  const note = read ? read.note : isSending ? outboxNote(event.note, t) : event.note;
  const source = sourceLabel(event, t);
  return (
    <li className="timeline-item" data-type={event.type}>
      <div className="timeline-line">
        <span className="timeline-type">{type}</span>
        <time className="timeline-when" dateTime={event.dateOnly ? event.occurredAt.slice(0, 10) : event.occurredAt}>
          {when}
        </time>
      </div>
      {facts.length > 0 && <p className="timeline-facts">{facts.join(' · ')}</p>}
      {items && <p className="timeline-items">{items}</p>}
      {read?.subject && <p className="timeline-subject">{read.subject}</p>}
      {note && <p className="timeline-note">{note}</p>}
      {read?.detail && <p className="timeline-detail">{read.detail}</p>}
      <div className="timeline-foot">
        <span className="timeline-source">{source}</span>
        {event.link && (
          <a href={event.link} target="_blank" rel="noreferrer noopener">
            {event.type === 'abandoned_cart' ? t('timeline.checkout') : t('timeline.link')}
          </a>
        )}
        {event.source === 'manual' && (
          <button type="button" className="link timeline-delete" aria-label={t('timeline.deleteLabel', { type, date: when })} onClick={() => onDelete(event)}>
            {t('timeline.deleteConfirm')}
          </button>
        )}
      </div>
    </li>
  );
};
