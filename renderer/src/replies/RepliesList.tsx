import type { Reply } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { ReplyItem } from './ReplyItem';

type Props = { rows: Reply[]; total: number; timeZone: string; openId: string | null; onOpenContact: (contactId: string) => void; onMore: () => void };

// The replies, newest first, and the way to older ones.
export const RepliesList = ({ rows, total, timeZone, openId, onOpenContact, onMore }: Props) => {
  const { t } = useI18n();
  return (
    <>
      <ol className="replies-list">
        {rows.map((reply) => (
          <ReplyItem key={reply.eventId} reply={reply} timeZone={timeZone} isSelected={reply.contactId === openId} onOpenContact={onOpenContact} />
        ))}
      </ol>
      {rows.length < total && (
        <p className="replies-more">
          <span className="muted">{t('replies.shown', { shown: rows.length, total })}</span>
          <button type="button" onClick={onMore}>
            {t('replies.more')}
          </button>
        </p>
      )}
    </>
  );
};
