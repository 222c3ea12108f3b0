import type { ApiError, OutboxEntry } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { formatFullWhenBoth, formatWhenBoth, stateLabel, theirZoneOf } from '../outbox/outbox-words';
import { describeReason } from '../outbox/reason-words';
import { describeError } from '../shared/describe-error';
import './next-message.css';

type Props = { next: OutboxEntry | null | undefined; error: ApiError | null; now?: number };

// "Next message: Thu 10:14 — Cart 2 of 3, unless they buy or reply", worded as the Outbox words it.
export const NextMessage = ({ next, error, now = Date.now() }: Props) => {
  const { t, language } = useI18n();
  const { timeZone } = useClock();
  if (error) return <p className="next-message muted">{describeError(error, t)}</p>;
  // The line keeps its place while loading, so the timeline below does not jump.
  if (next === undefined) return <p className="next-message" aria-busy="true" />;
  if (next === null) {
    return (
      <p className="next-message muted" data-testid="next-message">
        {t('contacts.next.none')}
      </p>
    );
  }
  return (
    <p className="next-message" data-testid="next-message">
      <span className="next-message-label">{t('contacts.next.label')}</span>{' '}
      <time dateTime={next.scheduledAt} title={formatFullWhenBoth(next.scheduledAt, language, t, timeZone, theirZoneOf(next.reason))}>
        {formatWhenBoth(next.scheduledAt, language, t, now, timeZone, theirZoneOf(next.reason))}
      </time>
      {' — '}
      {describeReason(next.reason, t, language, undefined, timeZone)}
      {next.state !== 'scheduled' && (
        <>
          {' '}
          <span className={`outbox-state state-${next.state}`}>{stateLabel(next.state, t)}</span>
        </>
      )}{' '}
      <a href="#/outbox">{t('contacts.next.open')}</a>
    </p>
  );
};
