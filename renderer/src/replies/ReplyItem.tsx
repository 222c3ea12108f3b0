import type { Reply } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { formatMoment } from '../shared/format-moment';

type Props = { reply: Reply; timeZone: string; isSelected: boolean; onOpenContact: (contactId: string) => void };

// One message read from the mailbox: who, when, what kind, its subject and its first lines.
export const ReplyItem = ({ reply, timeZone, isSelected, onOpenContact }: Props) => {
  const { t, language } = useI18n();
  return (
    <li className="reply-item" data-kind={reply.kind} aria-current={isSelected ? 'true' : undefined}>
      <div className="reply-line">
        <button type="button" className="link reply-contact" title={reply.email ?? undefined} onClick={() => onOpenContact(reply.contactId)}>
          <bdi>{reply.contactName || reply.email || t('panel.noName')}</bdi>
        </button>
        <span className={`reply-kind kind-${reply.kind}`}>{t(`replies.kind.${reply.kind}`)}</span>
        <time className="reply-when" dateTime={reply.receivedAt}>
          {formatMoment(reply.receivedAt, language, timeZone)}
        </time>
      </div>
      {reply.subject && <p className="reply-subject">{reply.subject}</p>}
      {reply.excerpt && <p className="reply-excerpt">{reply.excerpt}</p>}
    </li>
  );
};
