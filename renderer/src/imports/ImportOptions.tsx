import { useMemo } from 'react';
import { eventTypes, importModes, type ImportRequest } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { countryName, countryOptions } from '../shared/countries';
import type { Mapping } from './field-labels';

type Mode = (typeof importModes)[number];
type Kind = NonNullable<Mapping['defaultKind']>;
type EventType = NonNullable<Mapping['defaultEventType']>;

type Props = {
  mode: Mode;
  country: string | null;
  defaultCountry: string;
  mapping: Mapping;
  onChange: (patch: Partial<Required<ImportRequest>>) => void;
  onMapping: (mapping: Mapping) => void;
};

const kinds: Kind[] = ['customer', 'donor', 'prospect'];

// What to do with people already known, and what the file says without saying it: the
// country of local phone numbers, the kind of contacts, the kind of event on each row.
export const ImportOptions = ({ mode, country, defaultCountry, mapping, onChange, onMapping }: Props) => {
  const { t, language } = useI18n();
  const countries = useMemo(() => countryOptions(language), [language]);
  return (
    <div className="import-options">
      <fieldset className="mode-choice">
        <legend>{t('import.mode.legend')}</legend>
        {importModes.map((choice) => (
          <label key={choice}>
            <input type="radio" name="import-mode" value={choice} checked={mode === choice} onChange={() => onChange({ mode: choice })} />
            {t(`import.mode.${choice}`)}
          </label>
        ))}
      </fieldset>
      <div className="option-fields">
        <label htmlFor="import-country">{t('import.country.label')}</label>
        <select id="import-country" value={country ?? ''} onChange={(e) => onChange({ country: e.target.value || null })}>
          <option value="">{t('import.country.default', { country: countryName(defaultCountry, language) })}</option>
          {countries.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
        <label htmlFor="import-kind">{t('import.kind.label')}</label>
        <select
          id="import-kind"
          value={mapping.defaultKind ?? ''}
          onChange={(e) => onMapping({ ...mapping, defaultKind: (e.target.value || null) as Kind | null })}
        >
          <option value="">{t('import.kind.none')}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`import.kind.${kind}`)}
            </option>
          ))}
        </select>
        <label htmlFor="import-event-type">{t('import.eventType.label')}</label>
        <select
          id="import-event-type"
          value={mapping.defaultEventType ?? ''}
          onChange={(e) => onMapping({ ...mapping, defaultEventType: (e.target.value || null) as EventType | null })}
        >
          <option value="">{t('import.eventType.none')}</option>
          {eventTypes.map((type) => (
            <option key={type} value={type}>
              {t(`import.eventType.${type}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
};
