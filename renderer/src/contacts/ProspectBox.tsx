import { useState } from 'react';
import { prospectStatuses, type Contact, type ProspectStatus } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { describeError } from '../shared/describe-error';

type Props = { contact: Contact; onChanged: (contact: Contact) => void };

// Where a prospect stands, changed in one click from the panel; the date says for how long.
export const ProspectBox = ({ contact, onChanged }: Props) => {
  const api = useApi();
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const clock = useClock();
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
          {t('prospect.since', { status: t(`prospect.status.${contact.prospectStatus}`), date: clock.date(contact.statusSince, 'long') })}
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
