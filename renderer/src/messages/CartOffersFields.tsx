import type { MessageOffers } from '../../../api';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { describe, FormField } from '../shared/FormField';

type Props = { offers: MessageOffers; errors: Record<string, string>; onChange: (next: Partial<MessageOffers>) => void };

type Field = { key: keyof MessageOffers; label: MessageKey; hint?: MessageKey; type?: 'url' };

// Cart 2 adds value before price (the guarantee, reviews, answers); cart 3 says what its code
// gives. Per language, since the message is; what is left empty is left out of the message.
const FIELDS: Field[] = [
  { key: 'guaranteeFr', label: 'offers.guaranteeFr', hint: 'offers.guaranteeHint' },
  { key: 'guaranteeEn', label: 'offers.guaranteeEn' },
  { key: 'reviewsUrl', label: 'offers.reviewsUrl', type: 'url' },
  { key: 'faqUrl', label: 'offers.faqUrl', type: 'url' },
  { key: 'promoOfferFr', label: 'offers.promoOfferFr', hint: 'offers.promoOfferHint' },
  { key: 'promoOfferEn', label: 'offers.promoOfferEn' },
  { key: 'promoCodeFr', label: 'offers.promoCodeFr', hint: 'offers.promoCodeByLanguageHint' },
  { key: 'promoCodeEn', label: 'offers.promoCodeEn', hint: 'offers.promoCodeByLanguageHint' },
];

export const CartOffersFields = ({ offers, errors, onChange }: Props) => {
  const { t } = useI18n();
  return (
    <fieldset className="card msg-fieldset">
      <legend>{t('offers.legend')}</legend>
      <p className="hint">{t('offers.hint')}</p>
      {FIELDS.map(({ key, label, hint, type }) => {
        const id = `msg-offer-${key}`;
        return (
          <FormField key={key} id={id} label={t(label)} hint={hint && t(hint)} error={errors[key]}>
            <input id={id} type={type ?? 'text'} autoComplete="off" value={offers[key]} onChange={(e) => onChange({ [key]: e.target.value })} {...describe(id, errors[key], Boolean(hint))} />
          </FormField>
        );
      })}
    </fieldset>
  );
};
