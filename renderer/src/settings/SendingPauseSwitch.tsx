import { useI18n } from '../i18n/i18n';

type Props = { isPaused: boolean; isBusy: boolean; onChange: (isPaused: boolean) => void };

// The owner's "Pause all sending" switch: nothing leaves while it is on.
export const SendingPauseSwitch = ({ isPaused, isBusy, onChange }: Props) => {
  const { t } = useI18n();
  return (
    <div className="mailbox-pause">
      <label className="msg-switch">
        <input type="checkbox" role="switch" checked={isPaused} disabled={isBusy} aria-describedby="mailbox-pause-hint" onChange={(event) => onChange(event.target.checked)} />
        {t('mailbox.pause.label')}
      </label>
      <p className="hint" id="mailbox-pause-hint">
        {t('mailbox.pause.hint')}
      </p>
    </div>
  );
};
