import type { Contact } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { countryName } from '../shared/countries';
import { languageName } from '../shared/languages';
import { formatPhone } from '../shared/phone-display';
import { TimelineSection } from '../timeline/TimelineSection';
import { ComplaintBox } from './ComplaintBox';
import { ConsentHistorySection } from './ConsentHistorySection';
import { ContactFigures } from './ContactFigures';
import { displayName } from '../shared/display-name';
import { DownloadPersonData } from './DownloadPersonData';
import { NextMessage } from './NextMessage';
import { OptOutBox } from './OptOutBox';
import { ProspectBox } from './ProspectBox';
import { useNextMessage } from './use-next-message';
import { mailtoHref } from '../shared/mailto';

type Props = { contact: Contact; onEdit: () => void; onDelete: () => void; onClose: () => void; onChanged: (contact: Contact) => void };

export const ContactPanel = ({ contact, onEdit, onDelete, onClose, onChanged }: Props) => {
  const { t, language } = useI18n();
  const { next, error: nextError } = useNextMessage(contact);
  const clock = useClock();
  const none = t('field.none');
  const rows: [string, string][] = [
    [t('field.phone'), formatPhone(contact.phone) || none],
    [t('field.company'), contact.company || none],
    [t('field.kind'), t(`kind.${contact.kind}`)],
    [t('field.language'), languageName(contact.language, t)],
    [t('field.country'), countryName(contact.country, language) || none],
    [t('field.createdAt'), clock.moment(contact.createdAt)],
    [t('field.updatedAt'), clock.moment(contact.updatedAt)],
  ];
  const consent = contact.consent;
  const isProspect = contact.kind === 'prospect' || contact.prospectStatus !== null;
  return (
    <aside className="panel" aria-label={displayName(contact) || t('panel.noName')}>
      <header className="panel-head">
        <h2>
          <bdi>{displayName(contact) || t('panel.noName')}</bdi>
        </h2>
        <button type="button" className="icon" aria-label={t('panel.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {contact.email && (
        <p>
          <a href={mailtoHref(contact.email)} title={t('panel.mailto')}>
            {contact.email}
          </a>
        </p>
      )}
      {contact.tags.length > 0 && (
        <p className="tags">
          {contact.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </p>
      )}
      {/* At the top: a long timeline would push them out of reach. */}
      <div className="actions panel-actions">
        <button type="button" onClick={onEdit}>
          {t('panel.edit')}
        </button>
        <DownloadPersonData key={contact.id} contact={contact} />
        <button type="button" className="danger" onClick={onDelete}>
          {t('panel.delete')}
        </button>
      </div>
      {isProspect && <ProspectBox contact={contact} onChanged={onChanged} />}
      <NextMessage next={next} error={nextError} />
      <OptOutBox key={`opt-out-${contact.id}`} contact={contact} onChanged={onChanged} />
      <ComplaintBox contact={contact} onChanged={onChanged} />
      <ContactFigures contact={contact} />
      <TimelineSection key={contact.id} contact={contact} />
      <h3>{t('panel.details')}</h3>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('panel.consent')}</h3>
      <p>
        {consent
          ? [t(`consent.${consent.basis}`), consent.source, consent.at ? clock.dayOrDate(consent.at, 'long') : ''].filter(Boolean).join(' · ')
          : t('consent.none')}
      </p>
      <ConsentHistorySection contact={contact} />
      {contact.notes && (
        <>
          <h3>{t('field.notes')}</h3>
          <p className="notes">{contact.notes}</p>
        </>
      )}
    </aside>
  );
};
