import { useState } from 'react';
import type { ApiError, OutboxEntry, OutboxView } from '../../../api';
import { useApi } from '../api/api-context';
import type { Section } from '../app/sections';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { displayName } from '../shared/display-name';
import { useI18n } from '../i18n/i18n';
import { describeOutboxError } from './outbox-error';
import { DetailHead } from './DetailHead';
import { OutboxDetail, type OutboxAction } from './OutboxDetail';
import { OutboxEmpty } from './OutboxEmpty';
import { OutboxList } from './OutboxList';
import { OutboxTabs, PANEL_ID } from './OutboxTabs';
import { MessageEditForm } from './MessageEditForm';
import { programLabel } from './outbox-words';
import { SendingBanner } from './SendingBanner';
import { SendingToolbar } from './SendingToolbar';
import { useOutbox } from './use-outbox';
import { useSending } from './use-sending';
import './sending.css';
import { ZoneNote } from '../shared/ZoneNote';

type Props = { onGo: (section: Section) => void };
type Side = { mode: 'none' } | { mode: 'view' | 'edit'; entry: OutboxEntry };

const METHODS = { approve: 'outbox.approve', skip: 'outbox.skip', markSent: 'outbox.markSent', retry: 'outbox.retry', drop: 'outbox.drop' } as const;

// C5/C6: every message is read here before it goes; the owner approves, rewrites or skips it.
export const OutboxPage = ({ onGo }: Props) => {
  const api = useApi();
  const { t } = useI18n();
  const [view, setView] = useState<OutboxView>('today');
  const [side, setSide] = useState<Side>({ mode: 'none' });
  const [toSkip, setToSkip] = useState<OutboxEntry | null>(null);
  const [status, setStatus] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const { rows, total, counts, error, loadMore, reload, patch } = useOutbox(view);
  const sending = useSending(setStatus);

  // A reload brings fresher text and state for the open message; one that left the tab stays shown.
  const shown = side.mode === 'none' ? null : (rows.find((row) => row.id === side.entry.id) ?? side.entry);

  const selectView = (next: OutboxView) => {
    setView(next);
    setSide({ mode: 'none' });
    setStatus('');
  };

  const run = async (action: keyof typeof METHODS, entry: OutboxEntry) => {
    setIsBusy(true);
    const result = await api.call(METHODS[action], { id: entry.id });
    setIsBusy(false);
    if (result.ok) {
      patch(result.value);
      setSide({ mode: 'view', entry: result.value });
      setStatus(t(`outbox.done.${action}`, { name: displayName(entry.contact) || t('outbox.noName'), program: programLabel(entry, t) }));
    } else {
      setStatus(describeOutboxError(result.error, t));
    }
    void reload();
  };

  const onAction = (action: OutboxAction) => {
    if (!shown) return;
    if (action === 'edit') setSide({ mode: 'edit', entry: shown });
    else if (action === 'skip') setToSkip(shown);
    else void run(action, shown);
  };

  const save = async (entry: OutboxEntry, subject: string, bodyText: string): Promise<ApiError | null> => {
    const result = await api.call('outbox.edit', { id: entry.id, subject, bodyText });
    if (!result.ok) return result.error;
    patch(result.value);
    setSide({ mode: 'view', entry: result.value });
    setStatus(t('outbox.done.edit'));
    void reload();
    return null;
  };

  return (
    <section className="page outbox-page">
      <header className="page-head">
        <h1>{t('outbox.title')}</h1>
        <OutboxTabs view={view} counts={counts} onSelect={selectView} />
        <SendingToolbar
          progress={sending.progress}
          isSending={sending.busy === 'send'}
          isApproving={sending.busy === 'approve'}
          canSend={Boolean(sending.status?.config)}
          onSendNow={() => void sending.sendNow()}
          onApproveDue={() => void sending.approveDue()}
        />
      </header>
      <ZoneNote />
      {sending.status && (
        <SendingBanner
          status={sending.status}
          isBusy={sending.busy === 'resume'}
          onResume={() => void sending.resume('mailbox')}
          onResumeSending={() => void sending.resume('sending')}
          onSetUp={() => onGo('settings')}
        />
      )}
      <p role="status" className="status">
        {error ? describeOutboxError(error, t) : status}
      </p>
      <div className="outbox-body">
        <div className="outbox-main" role="tabpanel" id={PANEL_ID} aria-labelledby={`outbox-tab-${view}`}>
          {total === null ? (
            <p className="empty">{t('outbox.loading')}</p>
          ) : total === 0 ? (
            <OutboxEmpty view={view} counts={counts} onView={selectView} onGo={onGo} />
          ) : (
            <OutboxList rows={rows} total={total} selectedId={shown?.id ?? null} onSelect={(entry) => setSide({ mode: 'view', entry })} onLoadMore={loadMore} />
          )}
        </div>
        {shown && side.mode === 'view' && <OutboxDetail entry={shown} isBusy={isBusy} onAction={onAction} onClose={() => setSide({ mode: 'none' })} />}
        {shown && side.mode === 'edit' && (
          <aside className="panel outbox-detail" aria-label={t('outbox.edit.title')}>
            <DetailHead entry={shown} onClose={() => setSide({ mode: 'none' })} />
            <MessageEditForm key={shown.id} entry={shown} onSave={(subject, body) => save(shown, subject, body)} onCancel={() => setSide({ mode: 'view', entry: shown })} />
          </aside>
        )}
        {!shown && total !== null && total > 0 && <p className="outbox-pick muted">{t('outbox.pick')}</p>}
      </div>
      {toSkip && (
        <ConfirmDialog
          title={t('outbox.skipTitle', { name: displayName(toSkip.contact) || t('outbox.noName'), program: programLabel(toSkip, t) })}
          body={t('outbox.skipBody')}
          confirmLabel={t('outbox.skipConfirm')}
          cancelLabel={t('outbox.skipCancel')}
          onConfirm={() => {
            setToSkip(null);
            void run('skip', toSkip);
          }}
          onCancel={() => setToSkip(null)}
        />
      )}
    </section>
  );
};
