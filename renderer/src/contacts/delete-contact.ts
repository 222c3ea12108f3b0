import type { Contact } from '../../../api';
import type { ApiClient } from '../api/client';
import type { Translate } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import { displayName } from '../shared/display-name';

// Delete: the contact goes, an import may bring them back. Erase: everything about them goes for
// good, and only hashes stay so they never come back (C9).
export type RemoveHow = 'delete' | 'erase';

// Deletes or erases one contact and gives the status line to show, the same from the contacts
// list, a segment and a reply.
export const deleteContact = async (api: ApiClient, contact: Contact, t: Translate, how: RemoveHow = 'delete'): Promise<string> => {
  const name = displayName(contact) || t('panel.noName');
  if (how === 'erase') {
    const erased = await api.call('contacts.erase', { id: contact.id });
    return erased.ok ? t('erase.done', { name }) : describeError(erased.error, t);
  }
  const result = await api.call('contacts.delete', { id: contact.id });
  return result.ok ? t('delete.done', { name }) : describeError(result.error, t);
};
