import { useMemo, useState } from 'react';
import { uiLanguages, type AppInfo, type Settings, type SettingsPatch } from '../../../api';
import { useApi } from '../api/api-context';
import { systemLanguage, useI18n } from '../i18n/i18n';
import { monthLabel } from '../segments/segment-words';
import { countryOptions } from '../shared/countries';
import { MailboxSection } from './MailboxSection';
import { PrivacyLog } from './PrivacyLog';
import { BackupsSection } from './BackupsSection';
import { ZoneNote } from '../shared/ZoneNote';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

type Props = { settings: Settings; info: AppInfo | null; onSaved: (settings: Settings) => void };

export const SettingsPage = ({ settings, info, onSaved }: Props) => {
  const api = useApi();
  const { t, language } = useI18n();
  const [status, setStatus] = useState('');
  const countries = useMemo(() => countryOptions(language), [language]);

  const save = async (patch: SettingsPatch) => {
    const result = await api.call('settings.update', patch);
    if (result.ok) {
      onSaved(result.value);
      setStatus(t('settings.saved'));
    } else {
      setStatus(result.error.message);
    }
  };

  const languageLabel = (choice: (typeof uiLanguages)[number]) =>
    choice === 'system' ? t('settings.languageSystem', { language: systemLanguage() === 'fr' ? 'Français' : 'English' }) : choice === 'fr' ? 'Français' : 'English';

  return (
    <section className="page narrow">
      <h1>{t('settings.title')}</h1>
      <ZoneNote />
      <div className="form-grid">
        <label htmlFor="settings-language">{t('settings.language')}</label>
        <select id="settings-language" value={settings.uiLanguage} onChange={(e) => void save({ uiLanguage: e.target.value as Settings['uiLanguage'] })}>
          {uiLanguages.map((choice) => (
            <option key={choice} value={choice}>
              {languageLabel(choice)}
            </option>
          ))}
        </select>

        <label htmlFor="settings-country">{t('settings.defaultCountry')}</label>
        <div>
          <select id="settings-country" value={settings.defaultCountry} onChange={(e) => void save({ defaultCountry: e.target.value })}>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
          <p className="hint">{t('settings.defaultCountryHint')}</p>
        </div>

        <label htmlFor="settings-year-start">{t('segments.yearStart.label')}</label>
        <div>
          <select
            id="settings-year-start"
            value={settings.fiscalYearStartMonth}
            onChange={(e) => void save({ fiscalYearStartMonth: Number(e.target.value) })}
          >
            {MONTHS.map((month) => (
              <option key={month} value={month}>
                {monthLabel(month, language)}
              </option>
            ))}
          </select>
          <p className="hint">{t('segments.yearStart.hint')}</p>
        </div>
      </div>
      <p role="status" className="status">
        {status}
      </p>
      {info && (
        <dl className="facts">
          <dt>{t('settings.dataDir')}</dt>
          <dd>
            <code>{info.dataDir}</code>
          </dd>
          <dt>{t('settings.version')}</dt>
          <dd>{info.version}</dd>
        </dl>
      )}
      <MailboxSection timeZone={settings.timeZone} />
      <BackupsSection timeZone={settings.timeZone} />
      <PrivacyLog timeZone={settings.timeZone} />
    </section>
  );
};
