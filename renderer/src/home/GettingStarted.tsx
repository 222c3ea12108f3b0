import type { Section } from '../app/sections';
import { useI18n } from '../i18n/i18n';

// An empty list: nothing to do today yet, so say how to begin.
export const GettingStarted = ({ onGo }: { onGo: (section: Section) => void }) => {
  const { t } = useI18n();
  return (
    <div className="card home-start">
      <p className="big-number">{t('home.noContacts')}</p>
      <p className="muted">{t('home.emptyImport')}</p>
      <div className="home-start-actions">
        <button type="button" className="primary" onClick={() => onGo('contacts')}>
          {t('home.addContact')}
        </button>
        <button type="button" onClick={() => onGo('import')}>
          {t('home.importFile')}
        </button>
      </div>
    </div>
  );
};
