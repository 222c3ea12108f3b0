import { useState } from 'react';
import type { Section } from '../app/sections';
import { useI18n } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import { useMailboxStatus } from '../shared/use-mailbox-status';
import { RepliesEmpty } from './RepliesEmpty';
import { RepliesList } from './RepliesList';
import { ReplyContact } from './ReplyContact';
import { useReplies } from './use-replies';
import './replies.css';
import { ZoneNote } from '../shared/ZoneNote';

type Props = { timeZone: string; onGo: (section: Section) => void };

// Replies and unsubscribes read from the owner's mailbox, newest first; a name opens that
// contact beside the list.
export const RepliesPage = ({ timeZone, onGo }: Props) => {
  const { t } = useI18n();
  const { rows, total, error, loadMore } = useReplies();
  const { status: mailbox } = useMailboxStatus();
  const [openId, setOpenId] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  return (
    <section className="page replies-page" aria-labelledby="replies-title">
      <header className="page-head">
        <h1 id="replies-title">{t('replies.title')}</h1>
        <p className="count" aria-live="polite">
          {total !== null && t('replies.count', { count: total })}
        </p>
      </header>
      <ZoneNote />
      <p className="lead replies-lead">{t('replies.lead')}</p>
      <p role="status" className="status">
        {error ? describeError(error, t) : status}
      </p>
      <div className="replies-body">
        <div className="replies-main">
          {total === null && !error && <p className="muted">{t('replies.loading')}</p>}
          {total === 0 && <RepliesEmpty isReading={mailbox ? mailbox.reading.isConfigured : null} onGo={onGo} />}
          {total !== null && total > 0 && (
            <RepliesList
              rows={rows}
              total={total}
              timeZone={timeZone}
              openId={openId}
              onOpenContact={(id) => {
                setOpenId(id);
                setStatus('');
              }}
              onMore={loadMore}
            />
          )}
        </div>
        {openId && (
          <ReplyContact
            key={openId}
            contactId={openId}
            onClose={(message) => {
              setOpenId(null);
              setStatus(message ?? '');
            }}
          />
        )}
      </div>
    </section>
  );
};
