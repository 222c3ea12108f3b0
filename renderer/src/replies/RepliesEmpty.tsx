import type { Section } from '../app/sections';
import { useI18n } from '../i18n/i18n';

type Props = { isReading: boolean | null; onGo: (section: Section) => void };

// No reply yet: either Relance does not read the mailbox (how to set it up), or nothing came.
export const RepliesEmpty = ({ isReading, onGo }: Props) => {
  const { t } = useI18n();
  if (isReading === null) return null;
  return (
    <div className="replies-empty">
      <p>{t(isReading ? 'replies.empty.reading' : 'replies.empty.notReading')}</p>
      {!isReading && (
        <>
          <p className="muted">{t('replies.empty.how')}</p>
          <button type="button" className="primary" onClick={() => onGo('settings')}>
            {t('replies.empty.setUp')}
          </button>
        </>
      )}
    </div>
  );
};
