import type { Handlers } from '../api';
import { createContact, deleteContact, getContact, updateContact } from './contacts/contacts-store';
import { listContacts } from './contacts/list-contacts';
import type { CoreContext } from './context';
import { getSettings, updateSettings } from './settings/settings-store';

export type CoreDeps = CoreContext;

// One line per method: the contract says what comes in and goes out, the modules do the work.
export const createCore = (ctx: CoreDeps): Handlers =>
  ({
    'app.info': () => ctx.info,
    'contacts.list': (input) => listContacts(ctx, input),
    'contacts.get': ({ id }) => getContact(ctx, id),
    'contacts.create': (input) => createContact(ctx, input),
    'contacts.update': ({ id, patch }) => updateContact(ctx, id, patch),
    'contacts.delete': ({ id }) => deleteContact(ctx, id),
    'settings.get': () => getSettings(ctx),
    'settings.update': (patch) => updateSettings(ctx, patch),
  }) satisfies Handlers;
