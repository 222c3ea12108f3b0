import { useState } from 'react';
import type { MailboxStatus } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import { MailboxCheck } from './MailboxCheck';
import { MailboxForm } from './MailboxForm';
import { ReadingCheck } from './ReadingCheck';
import { SendingPauseSwitch } from './SendingPauseSwitch';
import { useMailboxCheck } from './use-mailbox-check';
import { useMailboxForm } from './use-mailbox-form';
import { useReadingCheck } from './use-reading-check';

type Props = { status: MailboxStatus; timeZone: string; onStatus: (status: MailboxStatus) => void };

// The mailbox once loaded: the form, the tests of what is saved, reading, and the pause switch.
export const MailboxEditor = ({ status, timeZone, onStatus }: Props) => {
  const api = useApi();
  const { t } = useI18n();
  const form = useMailboxForm(status, onStatus);
  const check = useMailboxCheck(status, onStatus);
  const reading = useReadingCheck(status, onStatus);
  const [pauseMessage, setPauseMessage] = useState('');
  const [isPausing, setIsPausing] = useState(false);

  const setPaused = async (isPaused: boolean) => {
    setIsPausing(true);
    const result = await api.call('sending.setPaused', { isPaused });
    setIsPausing(false);
    if (result.ok) onStatus(result.value);
    setPauseMessage(result.ok ? t(result.value.isSendingPaused ? 'mailbox.pause.done.on' : 'mailbox.pause.done.off') : describeError(result.error, t));
  };

  return (
    <>
      <SendingPauseSwitch isPaused={status.isSendingPaused} isBusy={isPausing} onChange={(isPaused) => void setPaused(isPaused)} />
      <p role="status" className="status">
        {pauseMessage}
      </p>
      <MailboxForm
        draft={form.draft}
        password={form.password}
        imapPassword={form.imapPassword}
        status={status}
        errors={form.errors}
        message={form.message}
        isSaving={form.isSaving}
        onChange={(draft) => {
          form.change(draft);
          check.clear();
          reading.clear();
        }}
        onPassword={form.setPassword}
        onImapPassword={form.setImapPassword}
        onSave={() => void form.save()}
      />
      <MailboxCheck config={status.config} isDirty={form.isDirty} running={check.running} outcome={check.outcome} onTest={(kind) => void check.run(kind)} onPin={(fingerprint) => void check.pin(fingerprint)} />
      <ReadingCheck
        status={status}
        isDirty={form.isDirty}
        timeZone={timeZone}
        running={reading.running}
        outcome={reading.outcome}
        onTest={() => void reading.test()}
        onCheck={() => void reading.check()}
        onPin={(fingerprint) => void reading.pin(fingerprint)}
      />
    </>
  );
};
