import { useState } from 'react';
import { prospectStatuses, type Contact, type ProspectStatus } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';

type Props = { contact: Contact; onChanged: (contact: Contact) => void };

// Where a prospect stands, changed in one click from the panel; the date says for how long.
export const ProspectBox = ({ contact, onChanged }: Props) => {
  const api = useApi();
  const { t, language } = useI18n();
  const [message, setMessage] = useState('');
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
  const id = `prospect-status-${contact.id}`;

  const change = async (value: ProspectStatus | '') => {
    const result = await api.call('contacts.update', { id: contact.id, patch: { prospectStatus: value || null } });
    if (result.ok) {
      onChanged(result.value);
      setMessage(t('prospect.saved'));
    } else {
      setMessage(describeError(result.error, t));
    }
  };

  return (
    <>
      <h3>{t('prospect.title')}</h3>
      <div className="prospect-status">
        <label htmlFor={id}>{t('prospect.field.status')}</label>
        <select id={id} value={contact.prospectStatus ?? ''} onChange={(e) => void change(e.target.value as ProspectStatus | '')}>
          <option value="">{t('prospect.noStatus')}</option>
          {prospectStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`prospect.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      {contact.prospectStatus && contact.statusSince && (
        <p className="since" data-testid="prospect-since">
          {t('prospect.since', { status: t(`prospect.status.${contact.prospectStatus}`), date: dates.format(new Date(contact.statusSince)) })}
        </p>
      )}
      {contact.interest && (
        <dl className="facts">
          <div>
            <dt>{t('prospect.field.interest')}</dt>
            <dd>{contact.interest}</dd>
          </div>
        </dl>
      )}
      <p role="status" className="status visually-hidden">
        {message}
      </p>
    </>
  );
};
