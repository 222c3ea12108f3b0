import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import type { Section } from '../app/sections';
import { useI18n } from '../i18n/i18n';

export const HomePage = ({ onGo }: { onGo: (section: Section) => void }) => {
  const api = useApi();
  const { t } = useI18n();
  const [total, setTotal] = useState<number | null>(null);

  useEffect(() => {
    void api.call('contacts.list', { limit: 1 }).then((result) => result.ok && setTotal(result.value.total));
  }, [api]);

  return (
    <section className="page narrow">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('app.tagline')}</p>
      {total !== null && (
        <div className="card">
          <p className="big-number">{total === 0 ? t('home.noContacts') : t('home.contactsCount', { count: total })}</p>
          <button type="button" className="primary" onClick={() => onGo('contacts')}>
            {total === 0 ? t('home.addContact') : t('home.openContacts')}
          </button>
        </div>
      )}
      <p className="muted">{t('home.todayLater')}</p>
    </section>
  );
};
