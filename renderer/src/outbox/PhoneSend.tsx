import { useState } from 'react';
import type { OutboxEntry } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { QrCode } from './QrCode';

type Links = NonNullable<OutboxEntry['phoneLinks']>;
// markFrom: when a message not yet due may be marked as sent, in words.
type Props = { entry: OutboxEntry; links: Links; canMarkSent: boolean; markFrom: string | null; isBusy: boolean; onMarkSent: () => void };

// SMS and WhatsApp leave from the owner's own phone (docs/practice.md, channels): a prefilled link,
// the same link as a QR code to scan, then "Mark as sent" once it went.
export const PhoneSend = ({ entry, links, canMarkSent, markFrom, isBusy, onMarkSent }: Props) => {
  const { t } = useI18n();
  const [app, setApp] = useState<keyof Links>(entry.channel === 'whatsapp' ? 'whatsapp' : 'sms');
  const appName = t(`outbox.channel.${app}`);
  return (
    <section className="outbox-phone" aria-labelledby="outbox-phone-title">
      <h3 id="outbox-phone-title">{t('outbox.phone.title')}</h3>
      <p className="outbox-phone-links">
        <a href={links.sms} className="button-link">
          {t('outbox.phone.openSms')}
        </a>
        <a href={links.whatsapp} className="button-link" target="_blank" rel="noreferrer noopener">
          {t('outbox.phone.openWhatsapp')}
        </a>
      </p>
      <fieldset className="segmented">
        <legend>{t('outbox.phone.qrFor')}</legend>
        {(['sms', 'whatsapp'] as const).map((name) => (
          <label key={name}>
            <input type="radio" name="outbox-qr" value={name} checked={app === name} onChange={() => setApp(name)} />
            {t(`outbox.channel.${name}`)}
          </label>
        ))}
      </fieldset>
      <QrCode text={links[app]} label={t('outbox.phone.qrLabel', { app: appName })} tooLong={t('outbox.phone.qrTooLong')} />
      <p className="hint">{t('outbox.phone.hint', { app: appName })}</p>
      {markFrom && <p className="hint outbox-mark-from">{t('outbox.phone.markFrom', { when: markFrom })}</p>}
      {canMarkSent && (
        <div className="actions">
          <button type="button" className="primary" disabled={isBusy} onClick={onMarkSent}>
            {t('outbox.markSent')}
          </button>
        </div>
      )}
    </section>
  );
};
