import { useMemo, useState, type FormEvent } from 'react';
import type { ApiError, Settings } from '../../../api';
import { useApi } from '../api/api-context';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import { businessDraftFrom, businessPatchFrom, settingsErrors, type BusinessDraft } from './business-draft';
import { CartOffersFields } from './CartOffersFields';
import { FooterExample } from './FooterExample';
import { describe, FormField } from '../shared/FormField';
import { ReviewLinkField } from './ReviewLinkField';
import { SendWindowField } from './SendWindowField';

type Props = { settings: Settings; onSaved: (settings: Settings) => void };
type BusinessKey = keyof BusinessDraft['business'];

// Intl lists canonical zones only; a stored zone such as UTC still shows as chosen.
const timeZones = (current: string): string[] => {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones];
};

export const BusinessForm = ({ settings, onSaved }: Props) => {
  const api = useApi();
  const { t } = useI18n();
  const [draft, setDraft] = useState<BusinessDraft>(() => businessDraftFrom(settings));
  const [base, setBase] = useState(settings);
  // Settings changed elsewhere (another window, the CLI): follow them unless the owner is typing here.
  if (settings !== base) {
    setBase(settings);
    if (JSON.stringify(draft) === JSON.stringify(businessDraftFrom(base))) setDraft(businessDraftFrom(settings));
  }
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const zones = useMemo(() => timeZones(draft.timeZone), [draft.timeZone]);
  const errors = settingsErrors(error, t);

  const change = (next: Partial<BusinessDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setStatus('');
  };
  const setBusiness = (key: BusinessKey, value: string) => change({ business: { ...draft.business, [key]: value } });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsSaving(true);
    const result = await api.call('settings.update', businessPatchFrom(draft));
    setIsSaving(false);
    if (result.ok) {
      setError(null);
      onSaved(result.value);
      setDraft(businessDraftFrom(result.value));
      setStatus(t('messages.business.saved'));
    } else {
      setError(result.error);
      setStatus(result.error.issues?.length ? t('messages.business.fixErrors') : describeError(result.error, t));
    }
  };

  const text = (key: BusinessKey, label: MessageKey, hint?: MessageKey, type = 'text') => {
    const id = `msg-business-${key}`;
    const message = errors[`business.${key}`];
    const props = { id, value: draft.business[key], onChange: (e: { target: { value: string } }) => setBusiness(key, e.target.value), ...describe(id, message, Boolean(hint)) };
    return (
      <FormField id={id} label={t(label)} hint={hint && t(hint)} error={message}>
        {key === 'postalAddress' ? <textarea rows={3} {...props} /> : <input type={type} autoComplete="off" {...props} />}
      </FormField>
    );
  };

  return (
    <form className="msg-business" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="msg-business-title">
      <h2 id="msg-business-title" className="visually-hidden">
        {t('messages.tab.business')}
      </h2>
      <div className="msg-business-grid">
        <fieldset className="card msg-fieldset">
          <legend>{t('messages.business.identity')}</legend>
          {text('name', 'messages.business.name')}
          {text('senderName', 'messages.business.senderName', 'messages.business.senderNameHint')}
          {text('replyAddress', 'messages.business.replyAddress', 'messages.business.replyAddressHint', 'email')}
          {text('postalAddress', 'messages.business.postalAddress', 'messages.business.postalAddressHint')}
          {text('website', 'messages.business.website', undefined, 'url')}
          <FooterExample business={draft.business} />
        </fieldset>

        <div className="msg-column">
          <fieldset className="card msg-fieldset">
            <legend>{t('messages.business.sending')}</legend>
            <FormField id="msg-time-zone" label={t('messages.business.timeZone')} hint={t('messages.business.timeZoneHint')} error={errors.timeZone}>
              <select id="msg-time-zone" value={draft.timeZone} onChange={(e) => change({ timeZone: e.target.value })} {...describe('msg-time-zone', errors.timeZone, true)}>
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll('_', ' ')}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField id="msg-language" label={t('messages.business.messageLanguage')} hint={t('messages.business.messageLanguageHint')}>
              <select id="msg-language" value={draft.messageLanguage} onChange={(e) => change({ messageLanguage: e.target.value as BusinessDraft['messageLanguage'] })} aria-describedby="msg-language-hint">
                <option value="fr">Français</option>
                <option value="en">English</option>
              </select>
            </FormField>
            <SendWindowField value={draft.sendWindow} errors={errors} onChange={(sendWindow) => change({ sendWindow })} />
          </fieldset>

          <fieldset className="card msg-fieldset">
            <legend>{t('messages.business.reviewsAndOffers')}</legend>
            <ReviewLinkField value={draft.googlePlaceId} error={errors.googlePlaceId} onChange={(googlePlaceId) => change({ googlePlaceId })} />
            <FormField id="msg-promo" label={t('messages.business.promoCode')} hint={t('messages.business.promoCodeHint')} error={errors.promoCode}>
              <input id="msg-promo" value={draft.promoCode} autoComplete="off" onChange={(e) => change({ promoCode: e.target.value })} {...describe('msg-promo', errors.promoCode, true)} />
            </FormField>
          </fieldset>
          <CartOffersFields offers={draft} errors={errors} onChange={change} />
        </div>
      </div>
      <div className="msg-save-bar">
        <p role="status" className="status">
          {status}
        </p>
        <button type="submit" className="primary" disabled={isSaving}>
          {isSaving ? t('messages.saving') : t('messages.business.save')}
        </button>
      </div>
    </form>
  );
};
