import { useState } from 'react';
import { useApi } from '../api/api-context';
import { ContactForm } from '../contacts/ContactForm';
import { ContactPanel } from '../contacts/ContactPanel';
import { deleteContact, type RemoveHow } from '../contacts/delete-contact';
import { DeleteContactDialog } from '../contacts/DeleteContactDialog';
import { useI18n } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import { useOpenContact } from './use-open-contact';

type Props = { contactId: string; onClose: (status?: string) => void };

// The contact a reply came from, beside the list: the same panel as in Contacts (timeline,
// next message), to read, edit or delete.
export const ReplyContact = ({ contactId, onClose }: Props) => {
  const api = useApi();
  const { t } = useI18n();
  const { contact, error, replace } = useOpenContact(contactId);
  const [isEditing, setIsEditing] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);

  if (!contact) {
    return (
      <aside className="panel" aria-busy={!error}>
        <p className={error ? undefined : 'muted'} role="status">
          {error ? describeError(error, t) : t('replies.contactLoading')}
        </p>
      </aside>
    );
  }
  if (isEditing) {
    return (
      <aside className="panel">
        <ContactForm
          key={contact.id}
          contact={contact}
          onSaved={(saved) => {
            replace(saved);
            setIsEditing(false);
          }}
          onCancel={() => setIsEditing(false)}
        />
      </aside>
    );
  }
  const confirmDelete = async (how: RemoveHow) => {
    setIsDeleting(false);
    onClose(await deleteContact(api, contact, t, how));
  };
  return (
    <>
      <ContactPanel contact={contact} onEdit={() => setIsEditing(true)} onDelete={() => setIsDeleting(true)} onClose={() => onClose()} onChanged={replace} />
      {isDeleting && <DeleteContactDialog contact={contact} onConfirm={(how) => void confirmDelete(how)} onCancel={() => setIsDeleting(false)} />}
    </>
  );
};
