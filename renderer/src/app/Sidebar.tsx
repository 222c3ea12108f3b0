import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { LogDialog } from '../timeline/LogDialog';
import { sectionLabel, sections, type Section } from './sections';

type Props = { current: Section; isDemo: boolean; onSelect: (section: Section) => void };

export const Sidebar = ({ current, isDemo, onSelect }: Props) => {
  const { t } = useI18n();
  const [isLogging, setIsLogging] = useState(false);
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        {isDemo && <span className="badge">{t('app.demoBadge')}</span>}
      </div>
      {/* From any screen: a call or an order is logged while it is fresh, without finding the contact first. */}
      <button type="button" className="primary log-button" title={t('log.openLabel')} onClick={() => setIsLogging(true)}>
        {t('log.open')}
      </button>
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <a
              href={`#/${section}`}
              aria-current={section === current ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onSelect(section);
              }}
            >
              {t(sectionLabel(section))}
            </a>
          </li>
        ))}
      </ul>
      {isLogging && <LogDialog onClose={() => setIsLogging(false)} />}
    </nav>
  );
};
