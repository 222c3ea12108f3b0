import type { ApiError, OutboxEntry } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { formatFullWhen, formatWhen, stateLabel } from '../outbox/outbox-words';
import { describeReason } from '../outbox/reason-words';
import { describeError } from '../shared/describe-error';
import './next-message.css';

type Props = { next: OutboxEntry | null | undefined; error: ApiError | null; now?: number };

// "Next message: Thu 10:14 — Cart 2 of 3, unless they buy or reply", worded as the Outbox words it.
export const NextMessage = ({ next, error, now = Date.now() }: Props) => {
  const { t, language } = useI18n();
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
      <time dateTime={next.scheduledAt} title={formatFullWhen(next.scheduledAt, language)}>
        {formatWhen(next.scheduledAt, language, now)}
      </time>
      {' — '}
      {describeReason(next.reason, t, language)}
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
