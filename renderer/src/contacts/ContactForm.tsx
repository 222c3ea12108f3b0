import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { consentBases, contactKinds, prospectStatuses, type ApiError, type Contact } from '../../../api';
import { useApi } from '../api/api-context';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { countryOptions } from '../shared/countries';
import { describeError, fieldErrors } from '../shared/describe-error';
import { contactLanguages, languageName } from '../shared/languages';
import { draftFrom, emptyDraft, inputFrom, type ContactDraft } from './contact-draft';
import { displayName } from '../shared/display-name';

type Props = { contact: Contact | null; onSaved: (contact: Contact) => void; onCancel: () => void };

export const ContactForm = ({ contact, onSaved, onCancel }: Props) => {
  const api = useApi();
  const { t, language } = useI18n();
  const [draft, setDraft] = useState<ContactDraft>(() => (contact ? draftFrom(contact) : emptyDraft));
  const [error, setError] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const countries = useMemo(() => countryOptions(language), [language]);
  const errors = fieldErrors(error, t);

  const set = <K extends keyof ContactDraft>(key: K) => (value: ContactDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsSaving(true);
    const input = inputFrom(draft);
    const result = contact ? await api.call('contacts.update', { id: contact.id, patch: input }) : await api.call('contacts.create', input);
    setIsSaving(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  const field = (key: keyof ContactDraft, label: MessageKey, control: ReactNode, hint?: MessageKey) => {
    const message = errors[key.startsWith('consent') ? 'consent' : key];
    return (
      <div className="field">
        <label htmlFor={`contact-${key}`}>{t(label)}</label>
        {control}
        {hint && <p className="hint">{t(hint)}</p>}
        {message && (
          <p className="field-error" id={`contact-${key}-error`} role="alert">
            {message}
          </p>
        )}
      </div>
    );
  };

  const text = (key: keyof ContactDraft, type = 'text', placeholder?: string) => (
    <input
      id={`contact-${key}`}
      type={type}
      value={draft[key]}
      placeholder={placeholder}
      aria-invalid={errors[key] ? true : undefined}
      aria-describedby={errors[key] ? `contact-${key}-error` : undefined}
      onChange={(e) => set(key)(e.target.value as never)}
    />
  );

  return (
    <form className="contact-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{contact ? t('form.editTitle', { name: displayName(contact) || t('panel.noName') }) : t('form.newTitle')}</h2>
      {error && !error.issues?.length && <p role="alert" className="form-error">{describeError(error, t)}</p>}
      {error?.issues?.length ? <p className="form-error">{t('form.fixErrors')}</p> : null}
      <div className="two">
        {field('firstName', 'field.firstName', text('firstName'))}
        {field('lastName', 'field.lastName', text('lastName'))}
      </div>
      {field('email', 'field.email', text('email', 'email'))}
      {field('phone', 'field.phone', text('phone', 'tel'))}
      {field('company', 'field.company', text('company'))}
      <div className="two">
        {field(
          'kind',
          'field.kind',
          <select id="contact-kind" value={draft.kind} onChange={(e) => set('kind')(e.target.value as ContactDraft['kind'])}>
            {contactKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'language',
          'field.language',
          <select id="contact-language" value={draft.language} onChange={(e) => set('language')(e.target.value)}>
            <option value="">{t('field.unknownLanguage')}</option>
            {contactLanguages.map((code) => (
              <option key={code} value={code}>
                {languageName(code, t)}
              </option>
            ))}
          </select>,
        )}
      </div>
      {(draft.kind === 'prospect' || draft.prospectStatus !== '') && (
        <div className="two">
          {field(
            'prospectStatus',
            'prospect.field.status',
            <select id="contact-prospectStatus" value={draft.prospectStatus} onChange={(e) => set('prospectStatus')(e.target.value as ContactDraft['prospectStatus'])}>
              <option value="">{t('prospect.noStatus')}</option>
              {prospectStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`prospect.status.${status}`)}
                </option>
              ))}
            </select>,
          )}
          {field('interest', 'prospect.field.interest', text('interest'))}
        </div>
      )}
      {field(
        'country',
        'field.country',
        <select id="contact-country" value={draft.country} onChange={(e) => set('country')(e.target.value)}>
          <option value="">{t('field.none')}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>,
        'field.countryHint',
      )}
      <div className="field">
        <div className="two">
          {field('region', 'field.region', text('region'))}
          {field('postalCode', 'field.postalCode', text('postalCode'))}
        </div>
        <p className="hint">{t('field.regionHint')}</p>
      </div>
      {field('tags', 'field.tags', text('tags'), 'field.tagsHint')}
      {field('notes', 'field.notes', <textarea id="contact-notes" rows={3} value={draft.notes} onChange={(e) => set('notes')(e.target.value)} />)}
      <fieldset>
        <legend>{t('panel.consent')}</legend>
        {field(
          'consentBasis',
          'field.consentBasis',
          <select id="contact-consentBasis" value={draft.consentBasis} onChange={(e) => set('consentBasis')(e.target.value as ContactDraft['consentBasis'])}>
            <option value="">{t('consent.none')}</option>
            {consentBases.map((basis) => (
              <option key={basis} value={basis}>
                {t(`consent.${basis}`)}
              </option>
            ))}
          </select>,
        )}
        {draft.consentBasis && (
          <div className="two">
            {field('consentSource', 'field.consentSource', text('consentSource', 'text', t('field.consentSourcePlaceholder')))}
            {field('consentAt', 'field.consentAt', text('consentAt', 'date'))}
          </div>
        )}
      </fieldset>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="primary" disabled={isSaving}>
          {isSaving ? t('form.saving') : t('form.save')}
        </button>
      </div>
    </form>
  );
};
