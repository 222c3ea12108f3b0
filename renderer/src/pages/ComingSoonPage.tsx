import type { Section } from '../app/sections';
import { sectionLabel } from '../app/sections';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';

type Props = { section: Exclude<Section, 'home' | 'contacts' | 'settings'>; onGo: (section: Section) => void };

// Sections planned but not built say so plainly, with what they will do.
export const ComingSoonPage = ({ section, onGo }: Props) => {
  const { t } = useI18n();
  return (
    <section className="page narrow">
      <h1>{t('soon.title', { section: t(sectionLabel(section)) })}</h1>
      <p>{t(`soon.${section}` as MessageKey)}</p>
      <p>
        {t('soon.meanwhile')}{' '}
        <button type="button" className="link" onClick={() => onGo('contacts')}>
          {t('home.openContacts')}
        </button>
      </p>
    </section>
  );
};
