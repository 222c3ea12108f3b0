import type { OutboxEntry } from '../../../api';
import { displayName } from '../shared/display-name';
import { useI18n } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { formatFullWhenBoth, formatWhenBoth, programLabel, stateLabel, theirZoneOf } from './outbox-words';
import { describeReason } from './reason-words';

type Props = { entry: OutboxEntry; isSelected: boolean; now: number; onSelect: (entry: OutboxEntry) => void };

// One message in the list: who, which step, when, in what state, why, and its subject.
export const OutboxItem = ({ entry, isSelected, now, onSelect }: Props) => {
  const { t, language } = useI18n();
  const { timeZone } = useClock();
  const when = entry.sentAt ?? entry.scheduledAt;
  // A message still to go in the recipient's zone says both times; a sent one, the owner's.
  const theirZone = entry.sentAt ? null : theirZoneOf(entry.reason);
  return (
    <li>
      <button type="button" className="outbox-item" aria-current={isSelected ? 'true' : undefined} data-id={entry.id} onClick={() => onSelect(entry)}>
        <span className="outbox-item-line">
          <bdi className="name">{displayName(entry.contact) || entry.contact.email || t('outbox.noName')}</bdi>
          <time className="outbox-when" dateTime={when} title={formatFullWhenBoth(when, language, t, timeZone, theirZone)}>
            {formatWhenBoth(when, language, t, now, timeZone, theirZone)}
          </time>
        </span>
        <span className="outbox-item-line">
          <span className="outbox-program">
            {programLabel(entry, t)}
            {entry.channel !== 'email' && ` · ${t(`outbox.channel.${entry.channel}`)}`}
          </span>
          <span className={`outbox-state state-${entry.state}`}>{stateLabel(entry.state, t)}</span>
        </span>
        <span className="outbox-subject">{entry.subject || t('outbox.noSubject')}</span>
        <span className="outbox-reason">{describeReason(entry.reason, t, language, entry.state, timeZone)}</span>
      </button>
    </li>
  );
};
