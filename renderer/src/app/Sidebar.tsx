import { useI18n } from '../i18n/i18n';
import { sectionLabel, sections, type Section } from './sections';

type Props = { current: Section; isDemo: boolean; onSelect: (section: Section) => void };

export const Sidebar = ({ current, isDemo, onSelect }: Props) => {
  const { t } = useI18n();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        {isDemo && <span className="badge">{t('app.demoBadge')}</span>}
      </div>
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
    </nav>
  );
};
