import type { FormEvent } from 'react';
import type { MailboxStatus } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { AccountFields } from './AccountFields';
import { applyPreset, type DraftField, type MailboxDraft } from './mailbox-draft';
import { PacingFields } from './PacingFields';
import { PresetPicker } from './PresetPicker';
import { ReadingFields } from './ReadingFields';
import { SenderFields } from './SenderFields';
import { ServerFields } from './ServerFields';

type Props = {
  draft: MailboxDraft;
  password: string;
  imapPassword: string;
  status: MailboxStatus;
  errors: Partial<Record<DraftField, string>>;
  message: string;
  isSaving: boolean;
  onChange: (draft: MailboxDraft) => void;
  onPassword: (password: string) => void;
  onImapPassword: (password: string) => void;
  onSave: () => void;
};

export const MailboxForm = ({ draft, password, imapPassword, status, errors, message, isSaving, onChange, onPassword, onImapPassword, onSave }: Props) => {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };
  return (
    <form className="mailbox-form" onSubmit={submit} noValidate aria-labelledby="mailbox-title">
      <PresetPicker presetId={draft.presetId} onChoose={(preset) => onChange(applyPreset(draft, preset))} />
      <ServerFields draft={draft} errors={errors} onChange={onChange} />
      <AccountFields draft={draft} password={password} status={status} errors={errors} onChange={onChange} onPassword={onPassword} />
      <ReadingFields draft={draft.imap} password={imapPassword} errors={errors} onChange={(imap) => onChange({ ...draft, imap })} onPassword={onImapPassword} />
      <SenderFields draft={draft} errors={errors} onChange={onChange} />
      <PacingFields draft={draft} errors={errors} onChange={onChange} />
      <div className="mailbox-save-bar">
        <p role="status" className="status">
          {message}
        </p>
        <button type="submit" className="primary" disabled={isSaving}>
          {isSaving ? t('mailbox.saving') : t('mailbox.save')}
        </button>
      </div>
    </form>
  );
};
