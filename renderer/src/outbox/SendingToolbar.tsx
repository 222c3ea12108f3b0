import { useI18n } from '../i18n/i18n';

export type Progress = { done: number; total: number };
type Props = { progress: Progress | null; isSending: boolean; isApproving: boolean; canSend: boolean; onSendNow: () => void; onApproveDue: () => void };

// "Approve what is due", "Send now", and the live "Sending 3 of 12…" of the pass under way.
export const SendingToolbar = ({ progress, isSending, isApproving, canSend, onSendNow, onApproveDue }: Props) => {
  const { t } = useI18n();
  return (
    <div className="sending-toolbar" role="group" aria-label={t('sending.toolbarLabel')}>
      <p className="sending-progress" aria-live="polite">
        {progress && t('sending.progress', { done: progress.done, total: progress.total })}
      </p>
      <button type="button" disabled={isApproving} onClick={onApproveDue}>
        {t('sending.approveDue')}
      </button>
      <button type="button" className="primary" disabled={isSending || !canSend} onClick={onSendNow}>
        {isSending ? t('sending.sendingNow') : t('sending.sendNow')}
      </button>
    </div>
  );
};
