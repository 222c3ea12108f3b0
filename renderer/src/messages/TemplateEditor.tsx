import { useLayoutEffect, useRef, type FormEvent } from 'react';
import { reviewPolicyFlags, type Template } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { describe, FormField } from '../shared/FormField';
import { fieldUse, insertField } from './merge-fields';
import { MergeFieldList } from './MergeFieldList';
import { ReviewPolicyWarning } from './ReviewPolicyWarning';
import type { TemplateText } from './use-templates';

type Props = {
  template: Template;
  text: TemplateText;
  errors: Record<string, string>;
  isSaving: boolean;
  onText: (text: TemplateText) => void;
  onSave: () => void;
  onReset: () => void;
};

type Target = 'subject' | 'body';

// Subject and text of one template in one language, with the merge fields beside it.
export const TemplateEditor = ({ template, text, errors, isSaving, onText, onSave, onReset }: Props) => {
  const { t } = useI18n();
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastFocused = useRef<Target>('body');
  const caret = useRef<{ target: Target; at: number } | null>(null);
  const use = fieldUse(text.subject, text.body);
  const isDirty = text.subject !== template.subject || text.body !== template.body;
  // Read as the owner types, with the same words core reads before a message can be approved.
  const policyFlags = template.program === 'review-request' ? reviewPolicyFlags(text.subject, text.body) : [];

  // After an insertion the caret goes back to where the field ended, as in any editor.
  useLayoutEffect(() => {
    const pending = caret.current;
    if (!pending) return;
    caret.current = null;
    const element = pending.target === 'subject' ? subjectRef.current : bodyRef.current;
    element?.focus();
    element?.setSelectionRange(pending.at, pending.at);
  });

  const insert = (field: string) => {
    const target = lastFocused.current;
    const element = target === 'subject' ? subjectRef.current : bodyRef.current;
    const current = text[target];
    const next = insertField(current, field, element?.selectionStart ?? current.length, element?.selectionEnd ?? current.length);
    caret.current = { target, at: next.caret };
    onText({ ...text, [target]: next.text });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };

  return (
    <form className="msg-editor" onSubmit={submit} noValidate>
      <div className="msg-editor-text">
        <FormField id="msg-template-subject" label={t('messages.template.subject')} error={errors.subject}>
          <input
            ref={subjectRef}
            id="msg-template-subject"
            value={text.subject}
            onFocus={() => (lastFocused.current = 'subject')}
            onChange={(e) => onText({ ...text, subject: e.target.value })}
            {...describe('msg-template-subject', errors.subject)}
          />
        </FormField>
        <FormField id="msg-template-body" label={t('messages.template.body')} error={errors.body} hint={t('messages.template.bodyHint')}>
          <textarea
            ref={bodyRef}
            id="msg-template-body"
            rows={15}
            value={text.body}
            onFocus={() => (lastFocused.current = 'body')}
            onChange={(e) => onText({ ...text, body: e.target.value })}
            {...describe('msg-template-body', errors.body, true)}
          />
        </FormField>
        {use.unknown.length > 0 && (
          <p className="msg-warning" role="alert">
            {t('messages.template.unknownFields', { fields: use.unknown.map((f) => `{{${f}}}`).join(', ') })}
          </p>
        )}
        <ReviewPolicyWarning flags={policyFlags} />
        <div className="msg-editor-actions">
          <span className="msg-editor-state">
            {isDirty ? (
              <span className="msg-pill msg-pill-required">{t('messages.template.unsaved')}</span>
            ) : template.isEdited ? (
              <span className="msg-pill">{t('messages.template.edited')}</span>
            ) : (
              <span className="msg-pill">{t('messages.template.shipped')}</span>
            )}
          </span>
          <button type="button" disabled={!template.isEdited && !isDirty} onClick={onReset}>
            {t('messages.template.reset')}
          </button>
          <button type="submit" className="primary" disabled={!isDirty || isSaving}>
            {isSaving ? t('messages.saving') : t('messages.template.save')}
          </button>
        </div>
      </div>
      <MergeFieldList use={use} onInsert={insert} />
    </form>
  );
};
