import { useState, type FormEvent } from 'react';
import { reviewPolicyFlags, type ApiError, type OutboxEntry } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { fieldErrors } from '../shared/describe-error';
import { describe, FormField } from '../shared/FormField';
import { ReviewPolicyWarning } from '../messages/ReviewPolicyWarning';
import { describeOutboxError } from './outbox-error';

type Props = {
  entry: OutboxEntry;
  onSave: (subject: string, bodyText: string) => Promise<ApiError | null>;
  onCancel: () => void;
};

// The owner rewrites this one message; the template stays as it is for everyone else.
export const MessageEditForm = ({ entry, onSave, onCancel }: Props) => {
  const { t } = useI18n();
  const [subject, setSubject] = useState(entry.subject);
  const [bodyText, setBodyText] = useState(entry.bodyText);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  // The contact's own name is data, not a promise ("Ana Bonavis"): it is left out of the reading.
  const names = [entry.contact.firstName, entry.contact.lastName].filter((name) => name.trim().length > 1);
  const ownWords = (text: string) => names.reduce((out, name) => out.replaceAll(name, '…'), text);
  const policyFlags = entry.program === 'review-request' ? reviewPolicyFlags(ownWords(subject), ownWords(bodyText)) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Said here in the window's language; the host checks the same rules again.
    const missing: Record<string, string> = {};
    if (!subject.trim()) missing.subject = t('outbox.edit.subjectRequired');
    if (!bodyText.trim()) missing.bodyText = t('outbox.edit.bodyRequired');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setIsSaving(true);
    const error = await onSave(subject, bodyText);
    setIsSaving(false);
    if (!error) return;
    const byField = fieldErrors(error, t);
    setErrors(byField);
    setFormError(byField.subject || byField.bodyText ? '' : describeOutboxError(error, t));
  };

  return (
    <form className="outbox-edit" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('outbox.edit.title')}</h3>
      <p className="hint outbox-edit-hint">{t('outbox.edit.hint')}</p>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <FormField id="outbox-subject" label={t('outbox.edit.subject')} error={errors.subject}>
        <input id="outbox-subject" value={subject} maxLength={300} onChange={(e) => setSubject(e.target.value)} {...describe('outbox-subject', errors.subject)} />
      </FormField>
      <FormField id="outbox-body" label={t('outbox.edit.body')} error={errors.bodyText}>
        <textarea
          id="outbox-body"
          rows={14}
          value={bodyText}
          maxLength={20_000}
          onChange={(e) => setBodyText(e.target.value)}
          {...describe('outbox-body', errors.bodyText)}
        />
      </FormField>
      <ReviewPolicyWarning flags={policyFlags} />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('outbox.edit.cancel')}
        </button>
        <button type="submit" className="primary" disabled={isSaving}>
          {t('outbox.edit.save')}
        </button>
      </div>
    </form>
  );
};
