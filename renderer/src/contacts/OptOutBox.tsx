import { useState } from 'react';
import type { Contact } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { describeError } from '../shared/describe-error';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { displayName } from '../shared/display-name';

type Props = { contact: Contact; onChanged: (contact: Contact) => void };

// Whether the person may be written to, and the Unsubscribe action (docs/practice.md): the opt-out's
// date once recorded, or why their address or number is on the suppression list.
export const OptOutBox = ({ contact, onChanged }: Props) => {
  const api = useApi();
  const { t } = useI18n();
  const [isAsking, setIsAsking] = useState(false);
  const [message, setMessage] = useState('');
  const clock = useClock();
  const name = displayName(contact) || t('panel.noName');

  const unsubscribe = async () => {
    setIsAsking(false);
    const result = await api.call('contacts.unsubscribe', { id: contact.id });
    if (result.ok) {
      onChanged(result.value);
      setMessage(t('optout.done', { name }));
    } else {
      setMessage(describeError(result.error, t));
    }
  };

  return (
    <div className="opt-out">
      {contact.unsubscribedAt ? (
        <p className="opted-out" data-testid="unsubscribed-since">
          {t('optout.since', { date: clock.date(contact.unsubscribedAt, 'long') })}
        </p>
      ) : (
        <>
          {contact.suppressed && (
            <p className="opted-out" data-testid="suppressed-note">
              {t('optout.suppressed', { why: t(`optout.why.${contact.suppressed}`) })}
            </p>
          )}
          <button type="button" onClick={() => setIsAsking(true)}>
            {t('optout.unsubscribe')}
          </button>
        </>
      )}
      {message && <p role="status">{message}</p>}
      {isAsking && (
        <ConfirmDialog
          title={t('optout.confirmTitle', { name })}
          body={t('optout.confirmBody')}
          confirmLabel={t('optout.unsubscribe')}
          cancelLabel={t('form.cancel')}
          onConfirm={() => void unsubscribe()}
          onCancel={() => setIsAsking(false)}
        />
      )}
    </div>
  );
};
