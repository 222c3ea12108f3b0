import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { Contact } from '../../../api';
import { useApi } from '../api/api-context';
import { ContactForm } from '../contacts/ContactForm';
import { ContactPanel } from '../contacts/ContactPanel';
import { deleteContact, type RemoveHow } from '../contacts/delete-contact';
import { DeleteContactDialog } from '../contacts/DeleteContactDialog';
import { useI18n } from '../i18n/i18n';

export type Side = { mode: 'none' } | { mode: 'view'; contact: Contact } | { mode: 'edit'; contact: Contact } | { mode: 'new' };

type Props = {
  side: Side;
  // The page's own state setter: the page opens a contact from its list, this changes it.
  onSide: Dispatch<SetStateAction<Side>>;
  // A contact was saved or changed from the panel (the list beside it follows contacts.changed).
  onChanged: () => void;
  // A contact was deleted or erased; `message` says so.
  onRemoved: (message: string) => void;
};

export const sideContactId = (side: Side): string | null => (side.mode === 'view' || side.mode === 'edit' ? side.contact.id : null);

// The contact beside a list (Contacts, a segment's members): read it, edit it, create one,
// delete or erase it. One component, so both lists behave the same.
export const ContactSide = ({ side, onSide, onChanged, onRemoved }: Props) => {
  const api = useApi();
  const { t } = useI18n();
  const [toDelete, setToDelete] = useState<Contact | null>(null);
  const viewedId = side.mode === 'view' ? side.contact.id : null;

  // A logged event, or another window, changes the open contact's figures and status: read it again.
  useEffect(() => {
    if (!viewedId) return;
    return api.subscribe((event) => {
      if (event.type !== 'contacts.changed' || !event.ids.includes(viewedId)) return;
      void api.call('contacts.get', { id: viewedId }).then((result) => {
        if (result.ok) onSide((s) => (s.mode === 'view' && s.contact.id === viewedId ? { mode: 'view', contact: result.value } : s));
      });
    });
  }, [api, viewedId, onSide]);

  const confirmDelete = async (contact: Contact, how: RemoveHow) => {
    setToDelete(null);
    const message = await deleteContact(api, contact, t, how);
    onSide({ mode: 'none' });
    onRemoved(message);
  };

  const onSaved = (contact: Contact) => {
    onSide({ mode: 'view', contact });
    onChanged();
  };

  return (
    <>
      {side.mode === 'view' && (
        <ContactPanel
          contact={side.contact}
          onEdit={() => onSide({ mode: 'edit', contact: side.contact })}
          onDelete={() => setToDelete(side.contact)}
          onClose={() => onSide({ mode: 'none' })}
          onChanged={onSaved}
        />
      )}
      {(side.mode === 'edit' || side.mode === 'new') && (
        <aside className="panel">
          <ContactForm
            key={side.mode === 'edit' ? side.contact.id : 'new'}
            contact={side.mode === 'edit' ? side.contact : null}
            onSaved={onSaved}
            onCancel={() => onSide(side.mode === 'edit' ? { mode: 'view', contact: side.contact } : { mode: 'none' })}
          />
        </aside>
      )}
      {toDelete && (
        <DeleteContactDialog contact={toDelete} onConfirm={(how) => void confirmDelete(toDelete, how)} onCancel={() => setToDelete(null)} />
      )}
    </>
  );
};
