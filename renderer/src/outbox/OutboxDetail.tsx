import type { OutboxEntry } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { formatPhone } from '../shared/phone-display';
import { DetailHead, recipientName } from './DetailHead';
import { MessagePreview } from './MessagePreview';
import { formatFullWhen, programLabel, stateLabel } from './outbox-words';
import { PhoneSend } from './PhoneSend';
import { describeReason } from './reason-words';

export type OutboxAction = 'approve' | 'skip' | 'edit' | 'markSent';
type Props = { entry: OutboxEntry; isBusy: boolean; onAction: (action: OutboxAction) => void; onClose: () => void };

const isOpen = (state: OutboxEntry['state']) => state === 'scheduled' || state === 'approved' || state === 'needs-attention';

// The selected message as it will leave, why and when, and what the owner can do with it.
export const OutboxDetail = ({ entry, isBusy, onAction, onClose }: Props) => {
  const { t, language } = useI18n();
  const name = recipientName(entry, t('outbox.noName'));
  const to = entry.channel === 'email' ? entry.contact.email : formatPhone(entry.contact.phone);
  const facts: [string, string][] = [
    [t('outbox.fact.program'), programLabel(entry, t)],
    [t('outbox.fact.channel'), to ? t('outbox.fact.channelTo', { channel: t(`outbox.channel.${entry.channel}`), to }) : t(`outbox.channel.${entry.channel}`)],
    entry.sentAt
      ? [t('outbox.fact.sentAt'), formatFullWhen(entry.sentAt, language)]
      : [t(isOpen(entry.state) ? 'outbox.fact.scheduledAt' : 'outbox.fact.plannedAt'), formatFullWhen(entry.scheduledAt, language)],
    [t('outbox.fact.state'), entry.isEdited ? `${stateLabel(entry.state, t)} · ${t('outbox.edited')}` : stateLabel(entry.state, t)],
    [t('outbox.fact.reason'), describeReason(entry.reason, t, language)],
  ];
  const canMarkSent = entry.state === 'scheduled' || entry.state === 'approved';
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
      ) : (
        <p className="hint">{t(`outbox.closed.${entry.state as 'sent' | 'skipped' | 'cancelled'}`)}</p>
      )}
      {entry.state === 'needs-attention' && <p className="hint outbox-attention">{t('outbox.attentionHint')}</p>}
      {entry.state === 'approved' && entry.channel === 'email' && <p className="hint">{t('outbox.approvedHint')}</p>}
      <MessagePreview entry={entry} />
      {entry.phoneLinks && <PhoneSend key={entry.id} entry={entry} links={entry.phoneLinks} canMarkSent={canMarkSent} isBusy={isBusy} onMarkSent={() => onAction('markSent')} />}
    </aside>
  );
};
