import { useState } from 'react';
import type { AppInfo } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import './damage-banner.css';

type Props = { damage: NonNullable<AppInfo['damage']>; onRestored: () => void };

// Above every page while the database is damaged: what happened in one sentence, and the
// newest backup offered for restoring (the damaged file is kept as a backup first).
export const DamageBanner = ({ damage, onRestored }: Props) => {
  const api = useApi();
  const { t } = useI18n();
  const [isRestoring, setRestoring] = useState(false);
  const [error, setError] = useState('');
  const backup = damage.newestBackup;

  const restore = async () => {
    if (!backup) return;
    setRestoring(true);
    setError('');
    const result = await api.call('backups.restore', { name: backup });
    setRestoring(false);
    if (result.ok) onRestored();
    else setError(describeError(result.error, t));
  };

  return (
    <section className="damage-banner" role="alert" aria-labelledby="damage-title">
      <h2 id="damage-title">{t('storage.damaged.title')}</h2>
      <p>{backup ? t('storage.damaged.banner', { backup }) : t('storage.damaged.noBackup')}</p>
      {backup && (
        <button type="button" disabled={isRestoring} onClick={() => void restore()}>
          {isRestoring ? t('storage.damaged.restoring') : t('storage.damaged.restore', { backup })}
        </button>
      )}
      {error && <p className="form-error">{error}</p>}
    </section>
  );
};
