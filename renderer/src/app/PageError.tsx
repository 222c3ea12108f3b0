import { useI18n } from '../i18n/i18n';

export const PageError = ({ onRetry }: { onRetry: () => void }) => {
  const { t } = useI18n();
  return (
    <div className="page" role="alert">
      <p>{t('error.page')}</p>
      <button type="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
};
