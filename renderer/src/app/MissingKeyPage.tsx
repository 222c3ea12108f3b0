import { useEffect } from 'react';
import { I18nProvider, systemLanguage, useI18n } from '../i18n/i18n';

const Sentence = () => {
  const { t } = useI18n();
  return (
    <main className="page narrow">
      <h1>{t('app.name')}</h1>
      <p role="alert">{t('session.noKey')}</p>
    </main>
  );
};

// The browser host's page opened without its key (typed without the fragment, a new tab, or a key
// from an earlier run). The chosen language lives in the database, which needs the key: the
// browser's language it is.
export const MissingKeyPage = () => {
  const language = systemLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nProvider language={language}>
      <Sentence />
    </I18nProvider>
  );
};
