import type { Contact } from '../../../api';
import type { ApiClient } from '../api/client';
import type { Translate } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import { displayName } from './display-name';

// Deletes one contact and gives the status line to show, the same from the contacts list and a segment.
export const deleteContact = async (api: ApiClient, contact: Contact, t: Translate): Promise<string> => {
  const result = await api.call('contacts.delete', { id: contact.id });
  return result.ok ? t('delete.done', { name: displayName(contact) || t('panel.noName') }) : describeError(result.error, t);
};
