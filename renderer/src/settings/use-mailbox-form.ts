import { useState } from 'react';
import type { MailboxStatus } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import { checkDraft, draftFromConfig, mailboxErrors, saveInputFrom, type DraftField, type MailboxDraft } from './mailbox-draft';

const sameDraft = (a: MailboxDraft, b: MailboxDraft): boolean => JSON.stringify(a) === JSON.stringify(b);

// The mailbox form: what the owner typed, checked here in the window's language, then saved
// with `mailbox.save`. The password fields are write-only and empty once saved.
export const useMailboxForm = (status: MailboxStatus, onStatus: (status: MailboxStatus) => void) => {
  const api = useApi();
  const { t } = useI18n();
  const [draft, setDraft] = useState<MailboxDraft>(() => draftFromConfig(status.config));
  const [base, setBase] = useState(status.config);
  // Saved elsewhere (another window, the CLI): follow it unless the owner is typing here.
  if (status.config !== base) {
    setBase(status.config);
    if (sameDraft(draft, draftFromConfig(base))) setDraft(draftFromConfig(status.config));
  }
  const [password, setPassword] = useState('');
  const [imapPassword, setImapPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [message, setMessage] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const isDirty = password !== '' || imapPassword !== '' || !sameDraft(draft, draftFromConfig(status.config));

  const change = (next: MailboxDraft) => {
    setDraft(next);
    setMessage('');
  };

  const save = async () => {
    const found = checkDraft(draft, t);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setMessage(t('mailbox.fixErrors'));
      return;
    }
    setIsSaving(true);
    const result = await api.call('mailbox.save', saveInputFrom(draft, password, imapPassword));
    setIsSaving(false);
    if (result.ok) {
      setPassword('');
      setImapPassword('');
      setBase(result.value.config);
      setDraft(draftFromConfig(result.value.config));
      onStatus(result.value);
      setMessage(t('mailbox.saved'));
      return;
    }
    const byField = mailboxErrors(result.error, t);
    setErrors(byField);
    setMessage(Object.keys(byField).length > 0 ? t('mailbox.fixErrors') : describeError(result.error, t));
  };

  return { draft, change, password, setPassword, imapPassword, setImapPassword, errors, message, isSaving, isDirty, save };
};
