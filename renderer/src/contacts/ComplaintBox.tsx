import { useState } from 'react';
import type { Contact } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { describeError } from '../shared/describe-error';

type Props = { contact: Contact; onChanged: (contact: Contact) => void };

// An open complaint holds review requests (never ask someone who complained for a review while
// it is unresolved); the owner opens and closes it here.
export const ComplaintBox = ({ contact, onChanged }: Props) => {
  const api = useApi();
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const isOpen = contact.complaintOpenSince !== null;
  const clock = useClock();

  const toggle = async () => {
    const result = await api.call('contacts.setComplaint', { id: contact.id, isOpen: !isOpen });
    if (result.ok) {
      onChanged(result.value);
      setMessage('');
    } else {
      setMessage(describeError(result.error, t));
    }
  };

  return (
    <div className="complaint">
      {isOpen && (
        <p className="since" data-testid="complaint-open">
          {t('complaint.openSince', { date: clock.date(contact.complaintOpenSince!, 'long') })}
        </p>
      )}
      <button type="button" onClick={() => void toggle()}>
        {isOpen ? t('complaint.close') : t('complaint.open')}
      </button>
      {message && <p role="alert">{message}</p>}
    </div>
  );
};
