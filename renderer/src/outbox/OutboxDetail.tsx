import type { OutboxEntry } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { ReviewPolicyWarning } from '../messages/ReviewPolicyWarning';
import { formatPhone } from '../shared/phone-display';
import { deliveryFacts } from './delivery-facts';
import { DetailHead, recipientName } from './DetailHead';
import { MessagePreview } from './MessagePreview';
import { formatFullWhen, formatFullWhenBoth, programLabel, stateLabel, theirZoneOf } from './outbox-words';
import { PhoneSend } from './PhoneSend';
import { policyFlagsInReason } from './policy-in-reason';
import { describeReason } from './reason-words';
import { UnknownDelivery } from './UnknownDelivery';

export type OutboxAction = 'approve' | 'skip' | 'edit' | 'markSent' | 'retry' | 'drop';
type Props = { entry: OutboxEntry; isBusy: boolean; onAction: (action: OutboxAction) => void; onClose: () => void };

type OpenState = 'scheduled' | 'approved' | 'needs-attention';
const isOpen = (state: OutboxEntry['state']): state is OpenState => state === 'scheduled' || state === 'approved' || state === 'needs-attention';

// The selected message as it will leave, why and when, and what the owner can do with it.
export const OutboxDetail = ({ entry, isBusy, onAction, onClose }: Props) => {
  const { t, language } = useI18n();
  const { timeZone } = useClock();
  const theirZone = theirZoneOf(entry.reason);
  const name = recipientName(entry, t('outbox.noName'));
  const to = entry.channel === 'email' ? entry.contact.email : formatPhone(entry.contact.phone);
  const facts: [string, string][] = [
    [t('outbox.fact.program'), programLabel(entry, t)],
    [t('outbox.fact.channel'), to ? t('outbox.fact.channelTo', { channel: t(`outbox.channel.${entry.channel}`), to }) : t(`outbox.channel.${entry.channel}`)],
    entry.sentAt
      ? [t('outbox.fact.sentAt'), formatFullWhen(entry.sentAt, language, timeZone)]
      : [t(isOpen(entry.state) ? 'outbox.fact.scheduledAt' : 'outbox.fact.plannedAt'), formatFullWhenBoth(entry.scheduledAt, language, t, timeZone, theirZone)],
    [t('outbox.fact.state'), entry.isEdited ? `${stateLabel(entry.state, t)} · ${t('outbox.edited')}` : stateLabel(entry.state, t)],
    [t('outbox.fact.reason'), describeReason(entry.reason, t, language, entry.state, timeZone)],
    ...deliveryFacts(entry, t, language, timeZone),
  ];
  // Core refuses "sent" before the message's time: until then the panel says from when.
  const isMarkable = entry.state === 'scheduled' || entry.state === 'approved';
  const markFrom = isMarkable && Date.parse(entry.scheduledAt) > Date.now() ? formatFullWhen(entry.scheduledAt, language, timeZone) : null;
  return (
    <aside className="panel outbox-detail" aria-label={t('outbox.detailLabel', { name })}>
      <DetailHead entry={entry} onClose={onClose} />
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd data-fact={label}>{value}</dd>
          </div>
        ))}
      </dl>
      {isOpen(entry.state) ? (
        <div className="actions outbox-actions">
          {entry.state === 'scheduled' && (
            <button type="button" className="primary" disabled={isBusy} onClick={() => onAction('approve')}>
              {t('outbox.approve')}
            </button>
          )}
          <button type="button" disabled={isBusy} onClick={() => onAction('edit')}>
            {t('outbox.editAction')}
          </button>
          <button type="button" className="danger" disabled={isBusy} onClick={() => onAction('skip')}>
            {t('outbox.skip')}
          </button>
        </div>
      ) : entry.state === 'unknown' ? (
        <UnknownDelivery entry={entry} isBusy={isBusy} onRetry={() => onAction('retry')} onDrop={() => onAction('drop')} />
      ) : (
        <p className="hint">{t(`outbox.closed.${entry.state}`)}</p>
      )}
      {entry.state === 'needs-attention' && <p className="hint outbox-attention">{t('outbox.attentionHint')}</p>}
      {entry.state === 'needs-attention' && <ReviewPolicyWarning flags={policyFlagsInReason(entry.reason)} />}
      {entry.state === 'approved' && entry.channel === 'email' && <p className="hint">{t('outbox.approvedHint')}</p>}
      <MessagePreview entry={entry} />
      {entry.phoneLinks && <PhoneSend key={entry.id} entry={entry} links={entry.phoneLinks} canMarkSent={isMarkable && !markFrom} markFrom={markFrom} isBusy={isBusy} onMarkSent={() => onAction('markSent')} />}
    </aside>
  );
};
