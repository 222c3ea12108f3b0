import type { MailboxTest } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { useClock, type Clock } from '../shared/clock';

type Certificate = NonNullable<MailboxTest['certificate']>;
type Props = { certificate: Certificate; isBusy: boolean; onTrust: () => void; titleId?: string };

// A certificate's expiry as the server wrote it when it does not read as a date.
const formatExpiry = (text: string, clock: Clock): string => (Number.isNaN(new Date(text).getTime()) ? text : clock.date(text, 'long'));

// A certificate that does not verify, shown in full so the owner can compare its fingerprint
// with the one the server's owner gave them. The only way past it is to pin this one.
export const CertificateCard = ({ certificate, isBusy, onTrust, titleId = 'mailbox-certificate-title' }: Props) => {
  const { t } = useI18n();
  const clock = useClock();
  const facts: [string, string][] = [
    [t('mailbox.cert.fingerprint'), certificate.fingerprint],
    [t('mailbox.cert.subject'), certificate.subject],
    [t('mailbox.cert.issuer'), certificate.issuer],
    [t('mailbox.cert.validTo'), formatExpiry(certificate.validTo, clock)],
  ];
  return (
    <section className="mailbox-certificate" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('mailbox.cert.title')}</h4>
      <p>{t('mailbox.cert.lead')}</p>
      <dl className="facts">
        {facts.map(([label, value], index) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{index === 0 ? <code className="mailbox-fingerprint">{value}</code> : value}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <button type="button" disabled={isBusy} onClick={onTrust}>
          {t('mailbox.cert.trust')}
        </button>
      </div>
    </section>
  );
};
