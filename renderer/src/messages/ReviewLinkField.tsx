import { programSettingsShape, writeReviewLink } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { describe } from '../shared/FormField';

type Props = { value: string; error: string | undefined; onChange: (value: string) => void };

const PLACE_ID_FINDER = 'https://developers.google.com/maps/documentation/places/web-service/place-id';
const ID = 'msg-place-id';

// The Google Place ID and the write-review link built from it, as review requests will carry it.
export const ReviewLinkField = ({ value, error, onChange }: Props) => {
  const { t } = useI18n();
  // Checked as typed with the contract's own rule, so a wrong ID never shows a working-looking link.
  const isValid = programSettingsShape.googlePlaceId.safeParse(value).success;
  const link = isValid ? writeReviewLink(value) : '';
  return (
    <div className="field">
      <label htmlFor={ID}>{t('messages.business.placeId')}</label>
      <input id={ID} value={value} spellCheck={false} autoComplete="off" onChange={(e) => onChange(e.target.value)} {...describe(ID, error, true)} />
      <p className="hint" id={`${ID}-hint`}>
        {t('messages.business.placeIdHint')}{' '}
        <a href={PLACE_ID_FINDER} target="_blank" rel="noreferrer">
          {t('messages.business.placeIdFinder')}
        </a>
        .
      </p>
      {error && isValid && (
        <p className="field-error" id={`${ID}-error`} role="alert">
          {error}
        </p>
      )}
      <p className="msg-review-link" data-testid="review-link">
        {link ? (
          <>
            {t('messages.business.reviewLink')}{' '}
            <a href={link} target="_blank" rel="noreferrer">
              {link}
            </a>
          </>
        ) : (
          <span className={isValid ? 'muted' : 'field-error'}>{t(isValid ? 'messages.business.reviewLinkNone' : 'messages.error.placeId')}</span>
        )}
      </p>
    </div>
  );
};
