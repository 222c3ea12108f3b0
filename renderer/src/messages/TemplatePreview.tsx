import { useEffect, useState } from 'react';
import type { ApiError, Contact, MethodOutput, ProgramId } from '../../../api';
import { useApi } from '../api/api-context';
import { displayName } from '../shared/display-name';
import { useI18n } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import { PreviewContactPicker } from './PreviewContactPicker';
import { RenderedMessage } from './RenderedMessage';

type Props = {
  program: ProgramId;
  step: number;
  // Changes after each save or reset, so the preview follows the saved text.
  version: number;
  isDirty: boolean;
  messageLanguage: 'fr' | 'en';
  onOpenBusiness: () => void;
};

type Preview = MethodOutput<'templates.preview'>;

// The saved template as one real contact would get it, French and English side by side.
export const TemplatePreview = ({ program, step, version, isDirty, messageLanguage, onOpenBusiness }: Props) => {
  const api = useApi();
  const { t } = useI18n();
  const [contact, setContact] = useState<Contact | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!contact) return;
    let isCurrent = true;
    void api.call('templates.preview', { program, step, contactId: contact.id }).then((result) => {
      if (!isCurrent) return;
      setPreview(result.ok ? result.value : null);
      setError(result.ok ? null : result.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, contact, program, step, version]);

  // Core writes to a contact in their language when it is French or English, otherwise in the default.
  const theirs = contact?.language === 'fr' || contact?.language === 'en' ? contact.language : messageLanguage;

  return (
    <section className="card msg-preview" aria-labelledby="msg-preview-title">
      <h3 id="msg-preview-title">{t('messages.preview.title')}</h3>
      <PreviewContactPicker selected={contact} onPick={setContact} />
      {isDirty && <p className="msg-warning">{t('messages.preview.unsaved')}</p>}
      {!contact && <p className="hint">{t('messages.preview.pickFirst')}</p>}
      {error && (
        <p role="alert" className="form-error">
          {describeError(error, t)}
        </p>
      )}
      {contact && preview && (
        <>
          <p className="msg-preview-as">{t('messages.preview.as', { name: displayName(contact) || contact.email || t('panel.noName') })}</p>
          <div className="msg-side-by-side">
            <RenderedMessage language="fr" rendered={preview.fr} isTheirs={theirs === 'fr'} onOpenBusiness={onOpenBusiness} />
            <RenderedMessage language="en" rendered={preview.en} isTheirs={theirs === 'en'} onOpenBusiness={onOpenBusiness} />
          </div>
        </>
      )}
    </section>
  );
};
