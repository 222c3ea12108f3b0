import { useRef, useState, type KeyboardEvent } from 'react';
import type { Settings } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { BusinessForm } from './BusinessForm';
import { ProgramsPanel } from './ProgramsPanel';
import { TemplatesPanel } from './TemplatesPanel';

type Props = { settings: Settings; onSaved: (settings: Settings) => void };

const tabs = ['programs', 'business', 'templates'] as const;
type Tab = (typeof tabs)[number];

// The three programs, the identity every message ends with, and the texts themselves (C5).
export const MessagesPage = ({ settings, onSaved }: Props) => {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('programs');
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const openBusiness = () => setTab('business');

  // Arrow keys move between tabs, as the WAI-ARIA tabs pattern expects.
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]!;
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <section className="page messages-page">
      <h1>{t('messages.title')}</h1>
      <p className="lead">{t('messages.lead')}</p>
      <div className="msg-tabs" role="tablist" aria-label={t('messages.tabsLabel')} onKeyDown={onKeyDown}>
        {tabs.map((name) => (
          <button
            key={name}
            ref={(element) => {
              tabRefs.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`msg-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`msg-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {t(`messages.tab.${name}`)}
          </button>
        ))}
      </div>
      {/* Panels stay mounted while hidden, so unsaved edits survive a look at another tab. */}
      {tabs.map((name) => (
        <div key={name} role="tabpanel" id={`msg-panel-${name}`} aria-labelledby={`msg-tab-${name}`} className="msg-panel" hidden={tab !== name}>
          {name === 'programs' && <ProgramsPanel settings={settings} onSaved={onSaved} onOpenBusiness={openBusiness} />}
          {name === 'business' && <BusinessForm settings={settings} onSaved={onSaved} />}
          {name === 'templates' && <TemplatesPanel settings={settings} onOpenBusiness={openBusiness} />}
        </div>
      ))}
    </section>
  );
};
