import { useState, type SetStateAction } from 'react';
import { useI18n } from '../i18n/i18n';
import { ContactSide, type Side } from '../shared/ContactSide';
import { describeError } from '../shared/describe-error';
import { useOpenContact } from './use-open-contact';

type Props = { contactId: string; onClose: (status?: string) => void };

// The contact a reply came from, beside the list: the same panel as in Contacts (timeline,
// next message), to read, edit or delete.
export const ReplyContact = ({ contactId, onClose }: Props) => {
  const { t } = useI18n();
  const { contact, error, replace } = useOpenContact(contactId);
  const [isEditing, setIsEditing] = useState(false);

  if (!contact) {
    return (
      <aside className="panel" aria-busy={!error}>
        <p className={error ? undefined : 'muted'} role="status">
          {error ? describeError(error, t) : t('replies.contactLoading')}
        </p>
      </aside>
    );
  }
  const side: Side = isEditing ? { mode: 'edit', contact } : { mode: 'view', contact };
  // The contact is read by id here (useOpenContact); the panel's moves land on that.
  const onSide = (next: SetStateAction<Side>) => {
    const value = typeof next === 'function' ? next(side) : next;
    if (value.mode === 'none' || value.mode === 'new') return onClose();
    setIsEditing(value.mode === 'edit');
    replace(value.contact);
  };
  return <ContactSide side={side} onSide={onSide} onChanged={() => {}} onRemoved={(message) => onClose(message)} />;
};
