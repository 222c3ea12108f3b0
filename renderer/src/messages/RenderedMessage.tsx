import type { MethodOutput } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { isBusinessField, isMergeField } from './merge-fields';

type Rendered = MethodOutput<'templates.preview'>['fr'];
type Props = { language: 'fr' | 'en'; rendered: Rendered; isTheirs: boolean; onOpenBusiness: () => void };

// One language of the preview: the message as the contact would get it, or what it still needs.
export const RenderedMessage = ({ language, rendered, isTheirs, onOpenBusiness }: Props) => {
  const { t } = useI18n();
  const languageName = language === 'fr' ? 'Français' : 'English';
  const fieldName = (field: string) => (isMergeField(field) ? t(`messages.field.${field}`) : `{{${field}}}`);

  return (
    <article className="msg-rendered" data-language={language} lang={language} aria-label={t('messages.preview.inLanguage', { language: languageName })}>
      <header className="msg-rendered-head">
        <h4>{languageName}</h4>
        {isTheirs && <span className="msg-pill">{t('messages.preview.theirs')}</span>}
      </header>
      {rendered.ok ? (
        <>
          <p className="msg-subject">
            <span className="muted">{t('messages.preview.subject')}</span> <strong>{rendered.subject}</strong>
          </p>
          {/* The HTML stays in an empty-sandbox frame: no script, no same-origin access, nothing reaches the app's DOM. */}
          <iframe className="msg-frame" sandbox="" srcDoc={rendered.html} title={t('messages.preview.frameTitle', { language: languageName })} />
          <details className="msg-plain">
            <summary>{t('messages.preview.plainText')}</summary>
            <pre>{rendered.text}</pre>
          </details>
        </>
      ) : (
        <div className="msg-attention">
          <p>
            <strong>{t('messages.preview.attention')}</strong>{' '}
            {t('messages.preview.missing', { fields: rendered.missing.map(fieldName).join(', ') })}
          </p>
          {rendered.missing.some(isBusinessField) && (
            <p>
              {t('messages.preview.fixBusiness')}{' '}
              <button type="button" className="link" onClick={onOpenBusiness}>
                {t('messages.openBusiness')}
              </button>
            </p>
          )}
          {rendered.missing.some((field) => !isBusinessField(field)) && <p>{t('messages.preview.fixContact')}</p>}
        </div>
      )}
    </article>
  );
};
