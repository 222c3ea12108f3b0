import type { OutboxEntry } from '../../../api';
import { useI18n } from '../i18n/i18n';

// The message as the person will read it. Email HTML goes into a sandboxed frame with no
// rights at all (no scripts, no same origin, no forms), never into the app's own page.
export const MessagePreview = ({ entry }: { entry: OutboxEntry }) => {
  const { t } = useI18n();
  if (!entry.subject && !entry.bodyText) return <p className="empty-preview">{t('outbox.preview.none')}</p>;
  return (
    <section className="outbox-preview" aria-labelledby="outbox-preview-title">
      <h3 id="outbox-preview-title">{t('outbox.preview.title')}</h3>
      {entry.channel === 'email' && (
        <p className="outbox-preview-subject">
          <span className="muted">{t('outbox.preview.subject')}</span> {entry.subject}
        </p>
      )}
      {entry.channel === 'email' && entry.bodyHtml ? (
        <iframe className="outbox-frame" sandbox="" srcDoc={entry.bodyHtml} title={t('outbox.preview.frameTitle', { subject: entry.subject })} />
      ) : (
        <div className="outbox-text">{entry.bodyText}</div>
      )}
    </section>
  );
};
