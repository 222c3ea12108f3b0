import { useEffect } from 'react';
import { ContactsPage } from '../contacts/ContactsPage';
import { I18nProvider, resolveLanguage } from '../i18n/i18n';
import { ImportPage } from '../imports/ImportPage';
import { MessagesPage } from '../messages/MessagesPage';
import { OutboxPage } from '../outbox/OutboxPage';
import { RepliesPage } from '../replies/RepliesPage';
import { ReportsPage } from '../reports/ReportsPage';
import { HomePage } from '../pages/HomePage';
import { SegmentsPage } from '../segments/SegmentsPage';
import { SettingsPage } from '../settings/SettingsPage';
import { ClockProvider } from '../shared/clock';
import { DamageBanner } from './DamageBanner';
import { ErrorBoundary } from './ErrorBoundary';
import { PageError } from './PageError';
import type { Section } from './sections';
import { Sidebar } from './Sidebar';
import { useAppState } from './use-app-state';
import { useSection } from './use-section';

export const App = () => {
  const { settings, info, loadError, setSettings, loadInfo } = useAppState();
  const [section, go] = useSection();
  const language = resolveLanguage(settings?.uiLanguage ?? 'system');

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  if (loadError) return <p role="alert" className="fatal">{loadError}</p>;
  if (!settings) return null;

  const page = (current: Section) => {
    switch (current) {
      case 'home':
        return <HomePage onGo={go} />;
      case 'contacts':
        return <ContactsPage />;
      case 'import':
        return <ImportPage defaultCountry={settings.defaultCountry} />;
      case 'segments':
        return <SegmentsPage defaultCountry={settings.defaultCountry} />;
      case 'outbox':
        return <OutboxPage onGo={go} />;
      case 'replies':
        return <RepliesPage timeZone={settings.timeZone} onGo={go} />;
      case 'reports':
        return <ReportsPage fiscalYearStartMonth={settings.fiscalYearStartMonth} />;
      case 'messages':
        return <MessagesPage settings={settings} onSaved={setSettings} />;
      case 'settings':
        return <SettingsPage settings={settings} info={info} onSaved={setSettings} />;
    }
  };

  return (
    <I18nProvider language={language}>
      <ClockProvider timeZone={settings.timeZone}>
        <div className="app">
          <Sidebar current={section} isDemo={info?.isDemo ?? false} onSelect={go} />
          <main className="main">
            {info?.damage && <DamageBanner damage={info.damage} onRestored={() => void loadInfo()} />}
            <ErrorBoundary key={section} fallback={(retry) => <PageError onRetry={retry} />}>
              {page(section)}
            </ErrorBoundary>
          </main>
        </div>
      </ClockProvider>
    </I18nProvider>
  );
};
